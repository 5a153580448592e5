"""The language itself, the kernel start-up the set-up installs and the hints before nnlib is imported
(``nnlib/i18n.py``, ``nnlib/kernel_startup.py``, ``nnlib/_hints.py``, ``nnlib/_env.py``)."""

TEXTS = {
    "unknown_language": {
        "en": "Unknown language {name!r}: choose one of {choices}.",
        "zh-CN": "未知的语言 {name!r}：请从 {choices} 中选择。",
    },
    "env_unknown_flag": {
        "en": "{name}={value!r} is not understood and is taken as off: use {on} to turn it on, {off} to turn it off.",
        "zh-CN": "无法理解 {name}={value!r}，按“关闭”处理：用 {on} 打开，用 {off} 关闭。",
    },
    "env_unknown_language": {
        "en": "NNLIB_LANG={value!r} is not a language nnlib has: use en or zh-CN (zh, zh_CN, zh-Hans work too). "
        "Using English.",
        "zh-CN": "NNLIB_LANG={value!r} 不是 nnlib 支持的语言：请用 en 或 zh-CN（zh、zh_CN、zh-Hans 也可以）。"
        "现在使用中文。",
    },
    "hint_name_error": {
        "en": "nnlib: `{name}` is defined in a cell above. After a restart, run the cells above first: "
        "Run ▸ Run All Above Selected Cell.",
        "zh-CN": "nnlib：`{name}` 是在上面的单元格里定义的。内核重启之后，请先运行上面的单元格："
        "运行 ▸ 运行选中单元格上方的所有单元格。",
    },
    # python -m nnlib.kernel_startup (the set-up's last step; see nnlib/kernel_startup.py)
    "kernel_startup_written": {
        "en": "nnlib: kernel start-up written to {path}: after a restart, a NameError now says to run the cells "
        "above first, even before nnlib is imported. Delete that file to turn it off.",
        "zh-CN": "nnlib：已写入内核启动文件 {path}：内核重启后，即使还没有导入 nnlib，NameError 也会提示先运行上面的"
        "单元格。删除这个文件即可关闭。",
    },
    "kernel_startup_there": {
        "en": "nnlib: the kernel start-up is already in {path}; nothing changed.",
        "zh-CN": "nnlib：内核启动文件 {path} 已经存在，没有任何改动。",
    },
    "kernel_startup_foreign": {
        "en": "nnlib: {path} exists and was not written by nnlib, so it is left as it is. The hint after a "
        "NameError comes once nnlib is imported.",
        "zh-CN": "nnlib：{path} 已经存在，而且不是 nnlib 写的，所以保持原样。导入 nnlib 之后，NameError 仍会附带提示。",
    },
    "kernel_startup_unwritable": {
        "en": "nnlib: cannot write the kernel start-up {path} ({error}); nothing changed. The hint after a "
        "NameError comes once nnlib is imported.",
        "zh-CN": "nnlib：无法写入内核启动文件 {path}（{error}），没有任何改动。"
        "导入 nnlib 之后，NameError 仍会附带提示。",
    },
}
