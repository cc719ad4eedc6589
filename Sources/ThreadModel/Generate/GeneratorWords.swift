/// The vocabulary generated threads are written in: tread's own word lists, not anyone's posts.
enum GeneratorWords {
    /// Everyday words of investment talk.
    static let chinese = [
        "我觉得", "其实", "长期来看", "短期", "市场", "估值", "公司", "行业", "机会", "风险", "逻辑", "问题",
        "关键", "趋势", "投资者", "散户", "机构", "业绩", "利润", "成本", "价格", "需求", "供给", "竞争",
        "技术", "产品", "客户", "订单", "产能", "国产", "替代", "差距", "追赶", "领先", "落后", "突破",
        "政策", "补贴", "周期", "泡沫", "基本面", "护城河", "现金流", "毛利率", "增长", "放缓", "加速",
        "看好", "看空", "观望", "持有", "加仓", "减仓", "止损", "坚持", "耐心", "时间", "未来", "现在",
        "今年", "明年", "三年后", "十年", "一点", "很多", "不少", "大概", "可能", "肯定", "未必", "当然",
        "所以", "但是", "而且", "因为", "如果", "就是", "还是", "已经", "应该", "需要", "能够", "不会",
        "楼主", "兄弟", "老师", "同意", "不同意", "补充", "请教", "学习了", "有道理", "说得好", "另外",
    ]

    /// Words of each layer of the AI argument, at the rates people use them.
    static let layers = [
        "算力", "芯片", "英伟达", "GPU", "H100", "CUDA", "910B", "服务器", "光模块", "互联",
        "大模型", "算法", "训练", "推理", "参数", "开源", "PyTorch", "Transformer", "微调", "模型",
        "应用", "应用层", "Copilot", "机器人", "自动驾驶", "手机", "助手", "App", "落地", "场景",
        "数据", "语料", "标注", "数据中心", "隐私", "合成数据",
        "能耗", "电力", "电费", "液冷", "散热", "绿电", "核电", "变压器",
    ]

    /// English terms as they appear in Chinese posts.
    static let english = ["AI", "API", "OpenAI", "NVIDIA", "AMD", "ChatGPT", "token", "PE", "ROE", "capex", "FLOPS", "paper", "AGI", "ok"]

    static let emoji = ["😂", "👍", "🤔", "🙏", "🚀", "⚡", "😅", "💰", "👨‍👩‍👧", "👍🏽", "🇨🇳"]

    static let emoticons = ["[抱拳]", "[捂脸]", "[摊手]", "[叹气]", "[很赞]", "[献花花]", "[俏皮]", "[哈哈]", "[大笑]"]

    static let sentenceEnds = ["。", "。", "。", "！", "？", "…", "。"]

    /// Syllables for authors' names.
    static let nameParts = ["山", "海", "风", "云", "老", "小", "阿", "北", "南", "东", "西", "林", "石", "月", "星",
                            "投资", "价值", "长线", "韭菜", "散人", "研究员", "看客", "读书", "听雨", "观潮"]
}
