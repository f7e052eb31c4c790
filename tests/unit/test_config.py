from pathlib import Path

import pytest

from kiosk.config import SETTINGS, Config, load_config
from kiosk.core.errors import ConfigError


def write(data_dir: Path, text: str) -> Path:
    path = data_dir / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(data_dir: Path) -> None:
    config = load_config(data_dir)
    assert config["idle.timeout_seconds"] == 60
    assert config["ui.default_locale"] == "en"
    assert config.demo_size == (1920, 1080)


def test_every_setting_is_declared_with_a_description() -> None:
    names = [s.name for s in SETTINGS]
    assert len(names) == len(set(names))
    for setting in SETTINGS:
        assert setting.description.strip(), setting.name
        setting.validate(setting.default)  # defaults obey their own limits


def test_file_overrides_defaults(data_dir: Path) -> None:
    write(data_dir, '[idle]\ntimeout_seconds = 90\n[ui]\ndefault_locale = "ko"\n')
    config = load_config(data_dir)
    assert config["idle.timeout_seconds"] == 90
    assert config["ui.default_locale"] == "ko"


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        ('[idle]\ntimeout_seconds = "ten"\n', "idle.timeout_seconds", "whole number"),
        ("[idle]\ntimeout_seconds = true\n", "idle.timeout_seconds", "whole number"),
        ("[idle]\nwarning_seconds = 5\n", "idle.warning_seconds", "at least 20"),
        ('[ui]\ndefault_locale = "fr"\n', "ui.default_locale", "one of en, zh_CN, ko"),
        ("[ui]\ndefault_text_size = 120\n", "ui.default_text_size", "one of 100, 150, 200"),
        ('[ui]\ndemo_size = "big"\n', "ui.demo_size", "1366x768"),
        ("[idle]\ntimeout_secs = 90\n", "idle.timeout_secs", "not a known setting"),
        ('[bank]\ncard_hotline = ""\n', "bank.card_hotline", "24-hour number that stops a card"),
        ('[bank]\ncard_hotline = "ask staff"\n', "bank.card_hotline", "like 95588"),
        ('[bank]\ndeposit_protection = "500k"\n', "bank.deposit_protection", "like 500000"),
        ('[bank]\ndeposit_protection = "0"\n', "bank.deposit_protection", "whole amount"),
    ],
)
def test_bad_values_name_the_key_and_file(data_dir: Path, text: str, key: str, words: str) -> None:
    path = write(data_dir, text)
    with pytest.raises(ConfigError) as caught:
        load_config(data_dir)
    assert caught.value.key == key
    assert words in str(caught.value)
    assert str(path) in str(caught.value)


def test_broken_toml_names_the_file(data_dir: Path) -> None:
    path = write(data_dir, "[idle\n")
    with pytest.raises(ConfigError, match="not valid TOML") as caught:
        load_config(data_dir)
    assert str(path) in str(caught.value)


def test_with_overrides_keeps_other_settings() -> None:
    config = Config({"kiosk.id": "k7"}).with_overrides(idle__timeout_seconds=30)
    assert config["kiosk.id"] == "k7"
    assert config["idle.timeout_seconds"] == 30


def test_the_anti_fraud_number_is_configurable_per_country(data_dir: Path) -> None:
    assert Config()["bank.fraud_hotline"] == "96110"  # China's
    write(data_dir, '[bank]\nfraud_hotline = "112 / 1332"\n')
    assert load_config(data_dir)["bank.fraud_hotline"] == "112 / 1332"


@pytest.mark.parametrize("value", ["", "   ", "none"])
def test_an_empty_anti_fraud_number_fails_kiosk_check_in_one_clear_line(
    data_dir: Path, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.diagnostics import check_config, run_checks

    path = write(data_dir, f'[bank]\nfraud_hotline = "{value}"\n')
    with pytest.raises(ConfigError, match=r"bank\.fraud_hotline"):
        load_config(data_dir)
    result = check_config(data_dir)
    assert not result.ok
    assert "bank.fraud_hotline" in result.detail and "anti-fraud phone number" in result.detail
    assert str(path) in result.fix
    if value:
        return
    assert run_checks(data_dir) == 1  # the whole `kiosk check`, once
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("FAIL config"))
    assert "setting 'bank.fraud_hotline'" in line and "96110" in line


def test_kiosk_check_fails_clearly_without_a_card_stop_number(data_dir: Path) -> None:
    from kiosk.diagnostics import check_config

    write(data_dir, '[bank]\ncard_hotline = " "\n')
    result = check_config(data_dir)
    assert not result.ok and "bank.card_hotline" in result.detail and "95588" in result.detail
