"""Our class's own digits: the pad's saving and the teacher's merge (``nnlib/class_digits.py``)."""

TEXTS = {
    "class_bad_suffix": {"en": "not a file of class digits (only .npz files are merged)",
                         "zh-CN": "不是班级数字文件（只合并 .npz 文件）"},
    "class_bad_open": {"en": "cannot be read as .npz ({error}): the file is damaged or was not saved by the pad",
                       "zh-CN": "无法按 .npz 读取（{error}）：文件已损坏，或者不是画板保存的"},
    "class_bad_missing": {"en": "the arrays {names} are missing (it holds: {found})",
                          "zh-CN": "缺少数组 {names}（文件里有：{found}）"},
    "class_bad_format": {"en": "unknown format {found!r} (expected {expected})",
                         "zh-CN": "未知的格式 {found!r}（应为 {expected}）"},
    "class_bad_images": {"en": "the images should have shape (n, 28, 28), not {shape}",
                         "zh-CN": "图像的形状应为 (n, 28, 28)，实际却是 {shape}"},
    "class_bad_pixels": {"en": "the pixels should be whole numbers from 0 to 255 (it holds {dtype})",
                         "zh-CN": "像素应为 0 到 255 的整数（文件里是 {dtype}）"},
    "class_bad_labels": {"en": "the labels should be one whole number from 0 to 9 per digit",
                         "zh-CN": "标签应为每个数字一个 0 到 9 的整数"},
    "class_bad_count": {"en": "{images} images but {labels} labels",
                        "zh-CN": "有 {images} 张图像，却有 {labels} 个标签"},
    "class_bad_empty": {"en": "it holds no digits", "zh-CN": "文件里没有数字"},
    "class_bad_copy": {"en": "the same digits as {other}, merged already (the same file collected twice?)",
                       "zh-CN": "与已合并的 {other} 中的数字完全相同（同一个文件收了两次？）"},
    "class_merged": {"en": "Merged into {output}: {total:,} digits from {files} file(s), in {seconds:.2f} s.",
                     "zh-CN": "已把 {files} 个文件中的 {total:,} 个数字合并到 {output}，用时 {seconds:.2f} 秒。"},
    "class_counts": {"en": "Digits per label: {counts}", "zh-CN": "各标签的数字个数：{counts}"},
    "class_merged_none": {
        "en": "No digits were merged: there is no good file of class digits under {folder}. Nothing was written.",
        "zh-CN": "没有合并任何数字：{folder} 中没有可用的班级数字文件。没有写入任何文件。",
    },
    "class_left_out": {"en": "Left out ({count}):", "zh-CN": "未合并的文件（{count} 个）："},
    "class_no_folder": {
        "en": "{folder} is not a folder: give the folder that holds the class's files "
        "(python -m nnlib.class_digits merge FOLDER).",
        "zh-CN": "{folder} 不是文件夹：请给出存放全班文件的文件夹（python -m nnlib.class_digits merge 文件夹）。",
    },
    "class_output_exists": {
        "en": "{output} exists already and is not replaced: add --replace to replace it, or give another name "
        "with -o.",
        "zh-CN": "{output} 已经存在，不会被覆盖：要覆盖它请加上 --replace，或者用 -o 换一个文件名。",
    },
}
