"""Environment variables and settings as people write them: one parser for every on/off variable
(1/true/yes/on, 0/false/no/off, a warning for anything else), the usual spellings of NNLIB_LANG, and
``nl.projector('off')``."""

import warnings

import pytest

import nnlib as nl
from nnlib import _env, data, i18n, plots

ON = ["1", "true", "True", "YES", "on", " On "]
OFF = ["0", "false", "no", "OFF", "", " "]


@pytest.fixture(autouse=True)
def fresh_warnings(monkeypatch):
    monkeypatch.setattr(_env, "_warned", set())
    monkeypatch.setattr(i18n, "_warned", set())
    nl.projector(None)
    yield
    nl.projector(None)


@pytest.mark.parametrize("variable", ["NNLIB_OFFLINE", "NNLIB_PROJECTOR"])
def test_every_flag_takes_the_same_words(variable, monkeypatch):
    for word in ON:
        monkeypatch.setenv(variable, word)
        assert _env.flag(variable) is True, word
    for word in OFF:
        monkeypatch.setenv(variable, word)
        assert _env.flag(variable) is False, word
    monkeypatch.delenv(variable)
    assert _env.flag(variable) is False


def test_an_unknown_flag_value_warns_once_in_the_learners_language(monkeypatch, lang):
    monkeypatch.setenv("NNLIB_PROJECTOR", "please")
    with pytest.warns(_env.SettingWarning) as record:
        assert plots.projector_on() is False
    message = str(record[0].message)
    assert "NNLIB_PROJECTOR" in message and "'please'" in message and "on" in message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message) == (lang == "zh-CN")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        plots.projector_on()  # the same value again: no second warning


def test_offline_on_is_offline(monkeypatch, tmp_path, capsys):
    for word in ("on", "yes", "TRUE"):
        monkeypatch.setenv("NNLIB_OFFLINE", word)
        nl.load_mnist(mirrors=["http://127.0.0.1:9/"], cache=tmp_path)
        assert "offline use was asked for" in capsys.readouterr().out
    monkeypatch.setenv("NNLIB_OFFLINE", "off")
    data.forget_failures()
    nl.load_mnist(mirrors=["http://127.0.0.1:9/"], cache=tmp_path)  # port 9: nothing listens; refused at once
    said = capsys.readouterr().out
    data.forget_failures()
    assert "offline use was asked for" not in said and "127.0.0.1:9" in said


def test_projector_on_and_off(monkeypatch, lang):
    monkeypatch.setenv("NNLIB_PROJECTOR", "on")
    assert plots.projector_on()
    for off in ("off", False, 0, "no", "0"):
        nl.projector(off)
        assert not plots.projector_on(), off
    for on in ("on", True, 1, "yes"):
        nl.projector(on)
        assert plots.projector_on(), on
    nl.projector(None)
    assert plots.projector_on()  # follows the environment again
    nl.projector()
    assert plots.projector_on()
    with pytest.raises(nl.InputError, match="projector"):
        nl.projector("loud")


@pytest.mark.parametrize(("spelling", "language"), [
    ("zh", "zh-CN"), ("zh_CN", "zh-CN"), ("zh-cn", "zh-CN"), ("zh-Hans", "zh-CN"), ("zh_CN.UTF-8", "zh-CN"),
    ("ZH-CN", "zh-CN"), ("zh-CN", "zh-CN"), ("en", "en"), ("en_US", "en"), ("en-GB", "en"), ("en_US.UTF-8", "en"),
])
def test_nnlib_lang_spellings(spelling, language, monkeypatch):
    monkeypatch.setenv("NNLIB_LANG", spelling)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert nl.language() == language
    nl.set_language(spelling)
    try:
        assert nl.language() == language
    finally:
        nl.set_language(None)


def test_an_unknown_nnlib_lang_warns_and_uses_english(monkeypatch, tmp_path):
    monkeypatch.setenv("NNLIB_LANG", "fr")
    monkeypatch.chdir(tmp_path)
    with pytest.warns(UserWarning, match="NNLIB_LANG='fr'"):
        assert nl.language() == "en"
    with pytest.raises(ValueError, match="'fr'"):
        nl.set_language("fr")
