"""Loading MNIST: the download, the mirrors, the cache and the bundled digits (``nnlib/data.py``)."""

TEXTS = {
    "idx_short": {"en": "{name}: only {size} bytes, too short for an IDX header.",
                  "zh-CN": "{name}：只有 {size} 字节，不足一个 IDX 文件头。"},
    "idx_magic": {"en": "{name}: magic number {magic}, expected {expected}: not an MNIST IDX file of this kind.",
                  "zh-CN": "{name}：魔数为 {magic}，应为 {expected}：不是这种 MNIST IDX 文件。"},
    "idx_dims": {"en": "{name}: images of shape {dims}, expected (n, 28, 28).",
                 "zh-CN": "{name}：图像形状为 {dims}，应为 (n, 28, 28)。"},
    "idx_length": {"en": "{name}: {size} bytes, but its header announces {expected}: the file is truncated or corrupt.",
                   "zh-CN": "{name}：文件有 {size} 字节，但文件头声明应有 {expected} 字节：文件不完整或已损坏。"},
    "idx_mismatch": {"en": "{name}: {images} images but {labels} labels.",
                     "zh-CN": "{name}：有 {images} 张图像，却有 {labels} 个标签。"},
    "gzip_broken": {"en": "{name}: not a valid gzip file ({error}).",
                    "zh-CN": "{name}：不是有效的 gzip 文件（{error}）。"},
    "checksum_wrong": {"en": "{name}: wrong SHA-256 (from {url}).",
                       "zh-CN": "{name}：SHA-256 校验失败（来自 {url}）。"},
    "download_failed": {"en": "could not download {name}: {problems}", "zh-CN": "无法下载 {name}：{problems}"},
    "downloading": {"en": "Downloading MNIST", "zh-CN": "正在下载 MNIST"},
    "offline_chosen": {"en": "offline use was asked for", "zh-CN": "已选择离线使用"},
    "source_cache": {
        "en": "MNIST: the full set from the cache in {where} ({n_train:,} training + {n_test:,} test digits).",
        "zh-CN": "MNIST：使用 {where} 中缓存的完整数据集（{n_train:,} 个训练样本 + {n_test:,} 个测试样本）。",
    },
    "source_download": {
        "en": "MNIST: the full set, downloaded into {where} ({n_train:,} training + {n_test:,} test digits).",
        "zh-CN": "MNIST：已下载完整数据集到 {where}（{n_train:,} 个训练样本 + {n_test:,} 个测试样本）。",
    },
    "source_bundled": {
        "en": "MNIST: the bundled offline set of real digits ({n_train:,} training + {n_test:,} test), "
        "because {reason}.",
        "zh-CN": "MNIST：使用随附的离线真实手写数字（{n_train:,} 个训练样本 + {n_test:,} 个测试样本），"
        "原因：{reason}。",
    },
    "download_trying": {
        "en": "MNIST: trying {url} (waiting at most {seconds:g} s for an answer) ...",
        "zh-CN": "MNIST：正在尝试 {url}（最多等待 {seconds:g} 秒）……",
    },
    "download_remembered": {
        "en": "{mirror}: not tried again, it failed earlier in this kernel ({error}); nl.data.forget_failures() "
        "tries it again",
        "zh-CN": "{mirror}：不再尝试，它在这个内核中已经失败过（{error}）；nl.data.forget_failures() 可重新尝试",
    },
    "download_too_slow": {
        "en": "{name}: still downloading after {seconds:g} s from {url}, too slow: stopped",
        "zh-CN": "{name}：从 {url} 下载超过 {seconds:g} 秒仍未完成，太慢：已停止",
    },
    "cache_not_writable": {
        "en": "the data folder {where} cannot be written to ({error}); set NNLIB_DATA to a folder of your own",
        "zh-CN": "无法写入数据文件夹 {where}（{error}）；请把 NNLIB_DATA 设为你自己的文件夹",
    },
    "mirror_malformed": {
        "en": "MNIST: {value!r} in {where} is not a web address nnlib can use (it needs http://, https:// or "
        "file://, such as http://school-server/mnist/): skipped, trying the next source.",
        "zh-CN": "MNIST：{where} 中的 {value!r} 不是 nnlib 能用的网址（需要以 http://、https:// 或 file:// 开头，"
        "例如 http://school-server/mnist/）：已跳过，继续尝试下一个来源。",
    },
    "download_no_answer": {
        "en": "no mirror answered (waited {seconds:.1f} s: {problems}); the internet may be blocked here. For the "
        "full set later: ask for a school mirror and set NNLIB_MIRRORS to its address, or run this cell again "
        "where the internet is open",
        "zh-CN": "没有任何镜像应答（等待了 {seconds:.1f} 秒：{problems}）；这里可能无法访问互联网。以后想用完整"
        "数据集：可以向学校要一个镜像地址并把 NNLIB_MIRRORS 设为它，或者在能上网的地方重新运行这个单元格",
    },
    "download_no_mirrors": {
        "en": "there was no mirror to download from (each one given was skipped)",
        "zh-CN": "没有可以下载的镜像（给出的每一个都被跳过了）",
    },
    "not_tried_time_up": {"en": "not tried, the time for an answer was up", "zh-CN": "未尝试，等待应答的时间已到"},
    "data_not_ours": {
        "en": "MNIST: {where} holds a file {name} that nnlib did not write and that is not MNIST's (another data set "
        "with the same name?): left as it is. Set NNLIB_DATA to a folder of its own for MNIST",
        "zh-CN": "MNIST：{where} 里有一个文件 {name}，它不是 nnlib 写的，也不是 MNIST 的（也许是同名的其他数据集？）："
        "保持原样，没有改动。请把 NNLIB_DATA 设为一个只给 MNIST 用的文件夹",
    },
    "stored_file_changed": {"en": "{name} is not the file nnlib was shipped with (its SHA-256 differs): it was changed "
                            "or damaged. Restore it ({path}) from the repository or reinstall nnlib.",
                            "zh-CN": "{name} 不是 nnlib 附带的那个文件（SHA-256 不符）：它被改动或损坏了。"
                            "请从代码仓库恢复它（{path}），或者重新安装 nnlib。"},
}
