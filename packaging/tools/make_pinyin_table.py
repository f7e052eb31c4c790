"""Build ``assets/input/zh_CN_pinyin.tsv``: pinyin → common Chinese characters, by use.

A developer's tool, run by hand when the table should change; the kiosk only
reads the file it writes. Its inputs are not project dependencies: install
them into a throwaway environment first::

    python3 -m venv /tmp/pyvenv && /tmp/pyvenv/bin/pip install pypinyin jieba
    /tmp/pyvenv/bin/python packaging/tools/make_pinyin_table.py

* Readings come from pypinyin (tone marks dropped, ü written ``v`` as pinyin
  keyboards do: 吕 → ``lv``), read in context for every word of jieba's
  ``dict.txt``; a reading's weight is the summed frequency of the words that
  say the character that way. A second reading must carry at least
  :data:`MIN_SHARE` of the character's use to be listed (长 zhang and chang,
  but not archaic readings).
* Which characters: the 3,755 of GB 2312 level 1 (the "common characters" of
  mainland schooling), the most used of level 2 up to :data:`TARGET`, and
  every surname and name character listed below.
* The ~100 most common surnames come first in their syllable (in order of how
  common the surname is), then common given-name characters: the field the
  kiosk asks for is a name.

Output columns: ``pinyin``, ``character``, ``weight`` (bigger first), sorted by
pinyin, then weight.
"""

from __future__ import annotations

import argparse
import math
from collections import Counter
from pathlib import Path

TARGET = 5000  # characters in the table (before surnames and name characters)

# The most common surnames in mainland China, most common first (about 85 %
# of the population between them).
TOP_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴"
)
# Less common surnames: always in the table, without the boost.
MORE_SURNAMES = (
    "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒"
    "阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农"
    "司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋"
    "商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮"
    "粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容"
)
# A surname read otherwise than the character's usual reading (曾 is zeng as a name).
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha",
    "朴": "piao", "覃": "qin", "翟": "zhai", "盖": "ge", "乐": "yue", "缪": "miao",
}  # fmt: skip
# Characters often found in the given names of people born 1930–1970.
NAME_CHARACTERS = (
    "秀英兰珍芳桂华玉凤淑梅琴云霞丽红敏萍娟芬明国建军平伟志强德福荣春金成海林文生祥宝山忠民庆光"
    "永胜利发贵清兴新义才富有和仁杰俊峰涛斌刚勇辉鹏波宏亮东福香莲菊翠荷丹燕琳静婷雪洁慧惠爱美"
)

SURNAME_BOOST = 10_000  # above any frequency weight
NAME_BOOST = 150
MIN_SHARE = 0.05  # a second reading needs this share of the character's use


def gb2312_level(ch: str) -> int:
    """1 or 2 for GB 2312's two levels of Chinese characters, else 0."""
    try:
        raw = ch.encode("gb2312")
    except UnicodeEncodeError:
        return 0
    if len(raw) != 2:
        return 0
    if 0xB0 <= raw[0] <= 0xD7:
        return 1
    if 0xD8 <= raw[0] <= 0xF7:
        return 2
    return 0


def _is_han(word: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in word)


def reading_frequencies(dict_txt: Path) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """How often each character is used, in all and in each reading.

    Every word of ``dict.txt`` is read by pypinyin in context (长大 zhang, 成长
    zhang, 长城 chang), so a reading's weight is how often it is really said.
    """
    from pypinyin import Style, lazy_pinyin

    chars: Counter[str] = Counter()
    reads: Counter[tuple[str, str]] = Counter()
    for line in dict_txt.read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2 or not parts[1].isdigit() or not _is_han(parts[0]):
            continue
        word, count = parts[0], int(parts[1])
        spoken = lazy_pinyin(word, style=Style.NORMAL, errors="ignore")
        if len(spoken) != len(word):
            continue
        for ch, reading in zip(word, spoken, strict=True):
            chars[ch] += count
            if reading.isascii() and reading.isalpha():
                reads[(ch, reading)] += count
    return chars, reads


def main_reading(ch: str) -> str:
    """The character's usual reading on its own, as typed on a pinyin keyboard."""
    from pypinyin import Style, lazy_pinyin

    found = lazy_pinyin(ch, style=Style.NORMAL, errors="ignore")
    reading = found[0] if found else ""
    return reading if reading.isascii() and reading.isalpha() else ""


def _weight(count: int) -> int:
    return round(100 * math.log10(1 + count))


def build(dict_txt: Path) -> list[tuple[str, str, int]]:
    freq, reads = reading_frequencies(dict_txt)
    level1 = [ch for ch in freq if gb2312_level(ch) == 1]
    level2 = sorted((ch for ch in freq if gb2312_level(ch) == 2), key=lambda c: -freq[c])
    chosen = set(level1) | set(level2[: max(0, TARGET - len(level1))])
    chosen |= set(TOP_SURNAMES) | set(MORE_SURNAMES) | set(NAME_CHARACTERS)
    surname_rank = {ch: i for i, ch in enumerate(TOP_SURNAMES)}
    by_char: dict[str, Counter[str]] = {}
    for (ch, reading), count in reads.items():
        by_char.setdefault(ch, Counter())[reading] = count
    rows: dict[tuple[str, str], int] = {}
    for ch in chosen:
        bonus = NAME_BOOST if ch in NAME_CHARACTERS else 0
        counts = by_char.get(ch, Counter())
        usual = main_reading(ch)
        if usual:  # the reading on its own always counts, however rare the character
            rows[(usual, ch)] = _weight(max(counts[usual], 1)) + bonus
        for reading, count in counts.items():
            # Another reading is listed only when it is really used (长 chang and zhang).
            if reading != usual and count >= MIN_SHARE * freq[ch]:
                rows[(reading, ch)] = _weight(count) + bonus
        if ch in surname_rank:
            reading = SURNAME_READINGS.get(ch, usual)
            if reading:
                rows[(reading, ch)] = SURNAME_BOOST + len(TOP_SURNAMES) - surname_rank[ch]
        elif ch in SURNAME_READINGS:
            rows.setdefault((SURNAME_READINGS[ch], ch), 0)
    return sorted(((p, c, w) for (p, c), w in rows.items()), key=lambda r: (r[0], -r[2], r[1]))


def main() -> int:
    import jieba
    import pypinyin

    root = Path(__file__).resolve().parents[2]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=root / "assets/input/zh_CN_pinyin.tsv")
    args = parser.parse_args()
    dict_txt = Path(jieba.__file__).parent / "dict.txt"
    rows = build(dict_txt)
    header = [
        "# Pinyin → common Chinese characters, most used first (surnames, then name",
        "# characters, first). Generated by packaging/tools/make_pinyin_table.py from",
        f"# pypinyin {pypinyin.__version__} readings (MIT) and jieba {jieba.__version__}",
        "# dict.txt frequencies (MIT). Do not edit by hand: change the script and re-run it.",
        "# pinyin\tcharacter\tweight",
    ]
    body = [f"{p}\t{c}\t{w}" for p, c, w in rows]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(header + body) + "\n", "utf-8")
    characters = len({c for _, c, _ in rows})
    syllables = len({p for p, _, _ in rows})
    print(f"{args.out}: {characters} characters, {syllables} syllables, {len(rows)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
