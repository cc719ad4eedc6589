#!/usr/bin/env python3
"""Prints wcwidth.wcswidth of each line of the UTF-8 file given, one number a line.

Usage: wcwidth_measure.py FILE [AMBIGUOUS_WIDTH]
"""
import sys

import wcwidth

ambiguous = int(sys.argv[2]) if len(sys.argv) > 2 else 1
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f.read().split("\n"):
        print(wcwidth.wcswidth(line, ambiguous_width=ambiguous))
