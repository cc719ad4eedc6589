#!/usr/bin/env python3
"""Prints wcwidth.wcswidth of each line of the UTF-8 file given, one number a line."""
import sys

import wcwidth

with open(sys.argv[1], encoding="utf-8") as f:
    for line in f.read().split("\n"):
        print(wcwidth.wcswidth(line))
