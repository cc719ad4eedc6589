/// The built-in layers, written as a layers file is: the layers the AI discussions argue about,
/// with the words people use for them in Chinese and English. Compiled in, so they cannot go
/// missing from an installed tread; `tread layers` shows them.
enum DefaultLayers {
    static let toml = #"""
        # tread's built-in layers. A file of your own replaces them, or adds to them with
        # extends = "default" (a layer of the same name then replaces the built-in one).

        [[layer]]
        name = "compute"
        short = "算力"
        key = "1"
        color = "red"
        keywords = [
            "算力", "芯片", "GPU", "显卡", "英伟达", "NVIDIA", "黄仁勋", "CUDA", "H100", "H200", "H20", "H800",
            "A100", "B200", "GB200", "910B", "昇腾", "寒武纪", "海光", "国产卡", "训练卡", "推理卡", "AMD",
            "服务器", "数据中心", "智算中心", "集群", "万卡", "NVLink", "InfiniBand", "互联", "光模块", "CPO",
            "HBM", "存储芯片", "台积电", "TSMC", "制程", "光刻机", "FLOPS", "TPU", "ASIC", "CPU", "计算效率",
        ]

        [[layer]]
        name = "models"
        short = "模型"
        key = "2"
        color = "blue"
        keywords = [
            "大模型", "模型", "LLM", "GPT", "ChatGPT", "OpenAI", "DeepSeek", "Claude", "Gemini", "Llama",
            "Qwen", "通义", "文心", "Kimi", "豆包", "Transformer", "算法", "训练", "推理", "预训练", "微调",
            "强化学习", "RLHF", "MoE", "参数", "蒸馏", "多模态", "幻觉", "开源", "PyTorch", "TensorFlow",
            "框架", "token", "scaling law", "AGI",
        ]

        [[layer]]
        name = "applications"
        short = "应用"
        key = "3"
        color = "green"
        keywords = [
            "应用", "落地", "场景", "商业化", "变现", "付费", "订阅", "用户", "Agent", "智能体", "Copilot",
            "助手", "App", "SaaS", "软件", "办公", "搜索", "客服", "教育", "医疗", "金融", "自动驾驶",
            "机器人", "人形机器人", "AIGC", "文生图", "视频生成", "游戏", "编程", "产品",
        ]

        [[layer]]
        name = "data"
        short = "数据"
        key = "4"
        color = "yellow"
        keywords = [
            "数据", "语料", "数据集", "标注", "清洗", "合成数据", "私有数据", "知识库", "向量数据库", "RAG",
            "隐私", "版权", "数据资产", "数据要素",
        ]

        [[layer]]
        name = "energy"
        short = "能源"
        key = "5"
        color = "magenta"
        keywords = [
            "能源", "电力", "能耗", "耗电", "用电", "电费", "功耗", "电网", "发电", "核电", "光伏", "风电",
            "储能", "液冷", "散热", "PUE", "变压器", "电源", "功率", "千瓦",
        ]
        """#
}
