"""The test environment, the same for any subset of the suite (``pytest``, ``pytest notebooks/``, one notebook,
one test file): this file sits at the root, so pytest loads it whatever it collects.

- Kernels that nbval starts inherit the environment. With this PYTHONWARNINGS, a "Glyph ... missing from font"
  warning raised in a notebook (for instance by a plot a cell makes itself) becomes an error there, so a missing
  glyph fails the run.
- The notebooks use the bundled digits in tests (``NNLIB_OFFLINE=1``), so that the data are the committed ones and
  no test waits for the network (tests/test_data.py covers the download path against a server of its own on
  127.0.0.1).
"""

import os

os.environ["PYTHONWARNINGS"] = "error:Glyph:UserWarning"
os.environ["NNLIB_OFFLINE"] = "1"
