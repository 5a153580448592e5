import string

import pytest

import nnlib as nl


def fields(text: str) -> set:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_language_is_found_from_the_notebook_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("NNLIB_LANG", raising=False)
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    nl.set_language(None)
    (tmp_path / "notebooks" / "zh-CN").mkdir(parents=True)
    (tmp_path / "notebooks" / "en").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks" / "zh-CN")
    assert nl.language() == "zh-CN"
    monkeypatch.chdir(tmp_path / "notebooks" / "en")
    assert nl.language() == "en"
    monkeypatch.setenv("JPY_SESSION_NAME", str(tmp_path / "notebooks" / "zh-CN" / "01-the-neuron.ipynb"))
    assert nl.language() == "zh-CN"


def test_explicit_choice_beats_environment_beats_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    (tmp_path / "zh-CN").mkdir()
    monkeypatch.chdir(tmp_path / "zh-CN")
    monkeypatch.setenv("NNLIB_LANG", "en")
    assert nl.language() == "en"
    nl.set_language("zh-CN")
    try:
        monkeypatch.setenv("NNLIB_LANG", "en")
        assert nl.language() == "zh-CN"
        assert nl.i18n.t("check_ok") == "正确！"
    finally:
        nl.set_language(None)


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="fr"):
        nl.set_language("fr")
