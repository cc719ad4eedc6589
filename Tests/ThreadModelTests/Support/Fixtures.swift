/// Small threads written for these tests, one per format and rule.
enum Fixtures {
    /// A saved page in the Xueqiu text shape: counts with a no-break space, featured and all replies.
    static let page = """
        发布于:\u{A0}雪球转发:3回复:40喜欢:7

        今天聊聊芯片和算力。

        我的看法写在下面[抱拳]

        精彩讨论

        小明2024A03-01 10:00

        芯片是基础。
        没有算力一切免谈。

        Tom_88 03-01 10:05

        数据更重要。

        全部讨论

        数据更重要。

        03-01 10:20

        回复@小明2024A:同意一半。

        芯片是基础。
        没有算力一切免谈。

        回复@Tom_88：你说的数据是指什么?
        """

    /// The same page text with the post's counts line only, and no replies.
    static let pageWithoutReplies = "发布于: 雪球转发:0回复:0喜欢:1\n\n只有正文。"

    /// A Xueqiu comments response: two top-level comments, children nested, one target missing.
    static let xueqiuComments = """
        {"comments": [
          {"id": 100, "in_reply_to_comment_id": null, "like_count": 5, "reply_count": 3,
           "created_at": 1709258400000, "user": {"id": 9, "screen_name": "甲"},
           "text": "第一段<br/>第二段 <a href=\\"https://xueqiu.com/S/SH600000\\" target=\\"_blank\\">$浦发银行(SH600000)$</a>",
           "child_comments": [
             {"id": 102, "in_reply_to_comment_id": 101, "like_count": 0, "reply_count": 0,
              "created_at": 1709258700000, "user": {"id": 8, "screen_name": "乙"}, "text": "回答乙的回答"},
             {"id": 101, "in_reply_to_comment_id": 100, "like_count": 1, "reply_count": 0,
              "created_at": 1709258600000, "user": {"id": 8, "screen_name": "乙"},
              "text": "好<img src=\\"//x/face.png\\" title=\\"[很赞]\\" alt=\\"[很赞]\\" height=\\"24\\" />"},
             {"id": 103, "in_reply_to_comment_id": 999, "like_count": 0, "reply_count": 0,
              "created_at": 1709258800000, "user": {"id": 7, "screen_name": "丙"}, "text": "目标不在了 &amp; 其他"}
           ]},
          {"id": 200, "in_reply_to_comment_id": null, "like_count": 0, "reply_count": 0,
           "created_at": 1709262000000, "user": {"id": 6, "screen_name": "丁"},
           "text": "看<a href=\\"https://example.com/a\\" target=\\"_blank\\">网页链接</a>和<a href=\\"/n/甲\\">@甲</a>",
           "child_comments": []}
        ], "status_reply_count": 6, "next_max_id": -1}
        """

    /// A second page of comments, repeating comment 200 and adding 300.
    static let xueqiuCommentsPage2 = """
        {"comments": [
          {"id": 200, "in_reply_to_comment_id": null, "created_at": 1709262000000,
           "user": {"id": 6, "screen_name": "丁"}, "text": "重复的", "child_comments": []},
          {"id": 300, "in_reply_to_comment_id": null, "created_at": 1709265600000,
           "user": {"id": 9, "screen_name": "甲"}, "text": "楼主补充", "child_comments": [
             {"id": 301, "in_reply_to_comment_id": null, "created_at": 1709265700000,
              "user": {"id": 5, "screen_name": "戊"}, "text": "转发时的回复"}]}
        ], "status_reply_count": 6}
        """

    /// A post from `statuses/show.json`.
    static let xueqiuStatus = """
        {"id": 55, "title": "算力的故事", "text": "<p>正文一</p><p>正文二</p>", "created_at": 1709254800000,
         "retweet_count": 2, "reply_count": 6, "like_count": 11, "fav_count": 4, "view_count": 900,
         "user": {"id": 9, "screen_name": "甲"}}
        """

    /// A native thread: a chain three deep, a partial time, a link, a forward parent reference.
    static let native = """
        {
          "format": "tread-thread/1",
          "thread": {"source": "tread", "title": "测试", "url": null, "reposts": 1, "replies": 9, "likes": null, "views": null},
          "post": {"id": "p", "author": "楼主甲", "authorId": "u1", "time": "2024-03-01T10:00:00+08:00", "text": "正文\\n第二段"},
          "replies": [
            {"id": "a", "parent": null, "author": "乙", "authorId": null, "time": "03-01 10:05", "likes": 2, "replies": 1, "featured": true, "text": "第一条"},
            {"id": "b", "parent": "c", "author": "楼主甲", "authorId": "u1", "time": "2024-03-01T10:07:30.250+08:00", "likes": null, "replies": null, "featured": false, "text": "更深的一条"},
            {"id": "c", "parent": "a", "author": null, "authorId": null, "time": null, "likes": 0, "replies": null, "featured": false, "text": "看这里", "links": [{"text": "这里", "url": "https://example.com/x"}]}
          ]
        }

        """
}
