"""A name said aloud: "my name is mary o'brien" → ``"Mary O'Brien"`` (no Qt).

On a journey's name field the customer may say their name instead of typing
it. People say it inside a sentence ("제 이름은 김민수입니다", "我叫王小明"), so
the words around it are taken off; what is left must look like a name in the
customer's language (Latin letters, Hangul syllables, Chinese characters), or
it is no name and the caller treats it as a request instead. Nothing here
decides that the name is right: it goes into the field for the customer to
check, and only Next keeps it.

>>> name_in("um, my name is mary o'brien", "en")
"Mary O'Brien"
>>> name_in("제 이름은 김민수입니다", "ko")
'김민수'
>>> name_in("我姓王叫小明", "zh_CN")
'王小明'
>>> name_in("I lost my card yesterday", "en") is None
True
"""

from __future__ import annotations

import re
import unicodedata

from kiosk.speech.intents.spoken_numbers import digits_in

# What people say before their name, as whole words (Chinese: characters).
# "No, …" too: the customer is correcting a name written from speech.
PREFIXES: dict[str, tuple[str, ...]] = {
    "en": ("my full name is", "my name is", "my name's", "the name is", "name is", "name's",
           "it is", "it's", "i am", "i'm", "this is", "call me", "yes", "yeah", "no"),
    "zh_CN": ("我的名字是", "我的名字叫", "我的姓名是", "名字是", "名字叫", "姓名是", "我叫",
              "我是", "叫", "不是", "不对", "是"),
    "ko": ("제 이름은", "제 이름이", "내 이름은", "제 성함은", "이름은", "이름이", "성함은",
           "제이름은", "저는", "나는", "제가", "저", "아니요", "아뇨", "아니"),
}  # fmt: skip

# What people say after it (Korean endings are joined to the name: 김민수입니다).
SUFFIXES: dict[str, tuple[str, ...]] = {
    "en": ("thank you", "thanks", "please"),
    "zh_CN": ("吧", "啊", "呢", "呀", "哦"),
    "ko": ("이라고합니다", "라고합니다", "이라고해요", "라고해요", "맞습니다", "맞아요", "맞아",
           "입니다", "이에요", "예요", "이고요", "고요", "이요", "요"),
}  # fmt: skip

# Sounds said while thinking: whole words (a Korean surname may be spelt like
# one), and in Chinese wherever they are (no spaces to tell words apart).
FILLERS: dict[str, frozenset[str]] = {
    "en": frozenset(("um", "uh", "er", "erm", "ah", "hmm", "well", "so", "okay", "ok", "oh")),
    "zh_CN": frozenset(("嗯", "呃", "那个", "就是")),
    "ko": frozenset(("음", "어", "네", "그", "저기", "저기요", "예")),
}

# 我姓王，叫小明 / 我姓王名小明: the surname and the given name said apart.
_ZH_SURNAME_FIRST = re.compile(r"^(?:我)?姓(.{1,2}?)(?:名字叫|名叫|叫|名)(.+)$")

# A name is short: longer is a sentence (or the recogniser made one of noise).
# Chinese names with a · (transliterated, e.g. Uyghur names) are longer.
MOST_WORDS = {"en": 5}
MOST_CHARACTERS = {"zh_CN": 4, "ko": 5}
MOST_CHARACTERS_WITH_DOT = 12

# A Korean or Chinese full name starts with its surname, and a few hundred
# surnames cover nearly everyone: "버스 언제 와요" is no name.
_KO_SURNAMES = (
    "김이리박최정강조윤장임림한오서신권황안송류유전홍고문양손배백허남심노로하곽성차주"
    "우구나민진지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모"
    "탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈단견당화창"
)
_ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋"
    "蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎"
    "段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪"
    "庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛"
    "曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦"
    "褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇"
    "桑郎甄丛仲虞敖巩明佘池查麻苑迟邝那"
)
SURNAMES: dict[str, tuple[str, ...]] = {
    "ko": ("남궁", "황보", "제갈", "선우", "독고", "사공", *_KO_SURNAMES),
    "zh_CN": (
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "令狐",
        "公孙",
        "慕容",
        "夏侯",
        "尉迟",
        "长孙",
        "宇文",
        "司徒",
        "端木",
        *_ZH_SURNAMES,
    ),
}

# Words of a request, never of a name: "what's the time" is not a Mr What.
# (Not May, Will, Bill or 钱, 那: those are names too.)
NOT_NAME_WORDS = frozenset(("i", "i'm", "me", "my", "you", "your", "we", "the", "a", "an", "to",
                            "of", "for", "is", "are", "was", "what", "what's", "how", "where",
                            "why", "when", "can", "can't", "do", "don't", "does", "want", "need",
                            "help", "please", "card", "money", "account", "bank", "phone", "yes",
                            "yeah", "no", "not", "ok", "okay", "that's", "right", "correct",
                            "hello", "hi", "thank", "thanks"))  # fmt: skip
NOT_NAME_PARTS: dict[str, tuple[str, ...]] = {
    "zh_CN": tuple("我你他要的了吗么怎这什请帮办"),  # not 想: 李想 is a name
    "ko": ("어디", "언제", "어떻게", "몇", "뭐", "왜"),  # questions
}
# Korean endings of a sentence, not of a name (김민서 and 김지은 end in 서 and 은).
NOT_NAME_ENDINGS = ("를", "까", "니다", "세요", "해요", "줘", "어요", "아요")

NAME_MARKS = "-'·"
_PUNCTUATION = re.compile(r"[,.!?;:，。！？；：、\"“”]")


def _looks_like_name(name: str, locale: str) -> bool:
    """Every character a letter of the language's own script (or a name mark),
    and no word that only a request would have."""
    if locale == "en" and any(w.lower() in NOT_NAME_WORDS for w in name.split()):
        return False
    if any(part in name for part in NOT_NAME_PARTS.get(locale, ())):
        return False
    if locale == "ko" and name.endswith(NOT_NAME_ENDINGS):
        return False
    transliterated = "·" in name  # 阿卜杜·热合曼: no Han surname first
    if locale in SURNAMES and not transliterated and not name.startswith(SURNAMES[locale]):
        return False
    for ch in name:
        if ch in NAME_MARKS or (ch == " " and locale == "en"):
            continue
        label = unicodedata.name(ch, "")
        if locale == "en" and not (ch.isalpha() and label.startswith("LATIN")):
            return False
        if locale == "ko" and not label.startswith("HANGUL SYLLABLE"):
            return False
        if locale == "zh_CN" and not label.startswith("CJK UNIFIED IDEOGRAPH"):
            return False
    return any(ch.isalpha() for ch in name)


def _strip(
    units: list[str], front: tuple[str, ...], back: tuple[str, ...], by_character: bool
) -> list[str]:
    """Take the words said around a name off both ends, repeatedly, never all of it.

    ``units`` are words, or characters when ``by_character`` (Chinese, and
    Korean endings joined to the name); the phrases are split the same way.
    """

    def split(phrase: str) -> list[str]:
        return list(phrase.replace(" ", "")) if by_character else phrase.split()

    fronts = sorted(map(split, front), key=len, reverse=True)  # longest first: 제 이름은, not 저
    backs = sorted(map(split, back), key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        lower = [u.lower() for u in units]
        for word in fronts:
            if lower[: len(word)] == word and len(units) > len(word):
                units, changed = units[len(word) :], True
                break
        lower = [u.lower() for u in units]
        for word in backs:
            if lower[-len(word) :] == word and len(units) > len(word):
                units, changed = units[: -len(word)], True
                break
    return units


def _capitalised(word: str) -> str:
    """mary → Mary, o'brien → O'Brien, smith-jones → Smith-Jones; McDonald kept."""
    if word != word.lower():
        return word  # typed with capitals: the customer's own spelling
    # A capital after a hyphen, and after O' or D' (not in "that's").
    return re.sub(r"(?:^|(?<=-)|(?<=\b\w'))\w", lambda m: m.group().upper(), word)


def name_in(text: str, locale: str) -> str | None:
    """The name in ``text`` (said or typed), tidied; None when it holds no name."""
    if digits_in(text, locale) is not None:
        return None  # "one two three" is a number said on the wrong field
    fillers = FILLERS.get(locale, frozenset())
    said = _PUNCTUATION.sub(" ", text)
    if locale == "zh_CN":
        for filler in sorted(fillers, key=len, reverse=True):
            said = said.replace(filler, " ")
    words = [w for w in said.split() if w.lower() not in fillers]
    prefixes, suffixes = PREFIXES.get(locale, ()), SUFFIXES.get(locale, ())
    if locale == "en":
        units = _strip(words, prefixes, suffixes, by_character=False)
        if not units or len(units) > MOST_WORDS["en"]:
            return None
        name = " ".join(_capitalised(w) for w in units)
    else:
        # Korean: the words before the name go as words ("저기 김민수" keeps 김),
        # the endings joined to it as characters (김민수입니다, 김민수 맞아요).
        if locale == "ko":
            words = _strip(words, prefixes, (), by_character=False)
        else:
            words = _strip(list("".join(words)), prefixes, (), by_character=True)
        name = "".join(_strip(list("".join(words)), (), suffixes, by_character=True))
        apart = _ZH_SURNAME_FIRST.match(name) if locale == "zh_CN" else None
        if apart:
            name = apart.group(1) + apart.group(2)
        most = MOST_CHARACTERS_WITH_DOT if "·" in name else MOST_CHARACTERS[locale]
        if not name or len(name) > most:
            return None
    return name if _looks_like_name(name, locale) else None
