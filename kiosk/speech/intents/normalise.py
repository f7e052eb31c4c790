"""Make typed or recognised text comparable with the sentence templates.

The same function runs on what the customer said and on every expanded
template, so both sides always agree on case, punctuation and spacing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Ideographs: Chinese is written without spaces between words.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# In Chinese a space next to an ideograph is never meaningful ("用 app 转账").
_CJK_SPACE = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")
# Vosk marks words it could not recognise; they carry no meaning.
_UNK = re.compile(r"\[unk\]|<unk>", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# Northern speakers add 儿 to many words (取点儿钱, 这字儿, 一会儿); lists and
# templates are written without it. Only after these syllables, and never
# before 子/女/孙/童/媳/歌/科/戏 (这儿子, 那儿女 keep their 儿).
_ERHUA = re.compile(
    r"(?<=[点块些会事字声边哪那这下趟段片条本张遍伴空活头份])儿(?![子女孙童媳歌科戏])"
)
# 帐 is the older spelling of 账 in 帐户, 帐号, 帐单 (still typed and still what
# some recognisers write); the lists and templates are written 账 (ADR 0085).
_ZH_LEDGER = re.compile(r"帐(?=[户号单本])")
# Gyeongsang speakers quote with 꼬 for 고 (준다꼬 = 준다고) and 카/캐 for 하/해
# after the quote (넣으라 캐요 = 넣으라 해요, 라 카는데 = 라 하는데); lists are
# written in the standard forms. Only right after a quote ending (라, 다, 자, 냐),
# so 카드 and 우짜꼬 keep their letters.
_KO_QUOTE_GO = re.compile(r"(?<=[라다자냐])꼬(?=\s|$)")
_KO_QUOTE_HA = re.compile(
    r"(?<=[라다자냐고] )"
    r"(?:(카)(?=[는던데면네니더대길요])|(캐)(?=[요서도]|\s|$)|(캤)(?=[어다노는지]))"
)
_KO_HA = {"카": "하", "캐": "해", "캤": "했"}
# Its other forms the lists lack: the request ending 주소 / 주이소 (해 주소 is
# 해 주세요, not an address: only after a verb's 아/어 form), 뭐라 said 머라, and
# 잃어뿟다 for 잃어버렸다.
_KO_PLEASE = re.compile(r"(?<=[아어해여와워줘봐꿔러려켜쳐])( ?)주(?:이소|시소|소|쇼)(?=\s|$)")
_KO_WHAT = re.compile(r"(?<![^\s])머라(?=\s|고|카|하|캤|했|$)")
_KO_GONE = re.compile(r"(?<=[어아])(?:뿟|뿠|삤|부렀|뿌렀)")
# The reason-and-insistence ending -니까 said the Chungcheong, Jeolla or clipped way
# (아니라니께, 그렇다니깐, 했으니께네): lists and templates are written -니까.
_KO_SINCE = re.compile(r"(?<=\S)니(?:께네|까네|께|깐)(?=요|\s|$)")
# A reason told first, closed by 그래요 "that is why" (귀가 어두워서 그래요, 나이가
# 많아서 그래): 그래요 after a -서 clause is no "yes"; the reason alone is kept.
_KO_BECAUSE = re.compile(r"(?<=서) 그래(?:요|서요)?(?=\s|$)")
# Regional forms (Chungcheong, Jeolla, Gyeongsang) of endings and a few stems the
# lists are written without, each with its standard form. Every pattern is
# anchored to what only the regional form has, so 고마워, 잔디, 유예, 갈치,
# 우유 keep their letters.
_KO_REGIONAL: tuple[tuple[re.Pattern[str], str], ...] = (
    # -는디 / -은디 / -던디 ("…, but"; 왔는디유) is -는데 / -는데요
    (re.compile(r"(?<=[는은던])디(?=요|유|\s|$)"), "데"),
    (re.compile(r"(?<=데)유(?=\s|$)"), "요"),
    # the question -는감유, -남유 (되는감유, 있남유) is -는가요, -나요
    (re.compile(r"감유(?=\s|$)"), "가요"),
    (re.compile(r"남유(?=\s|$)"), "나요"),
    # the future / guess -겄- (좋겄소, 모르겄어) is -겠-; no standard word has 겄
    (re.compile(r"겄"), "겠"),
    # 맹글- (맹글고, 맹근) is 만들-; 갈쳐 / 갈켜 is 가르쳐
    (re.compile(r"맹글"), "만들"),
    (re.compile(r"맹근"), "만든"),
    (re.compile(r"(?<![^\s])갈[쳐켜]"), "가르쳐"),
    # 고마 before a verb of stopping (고마 해라, 고마 하소, 고마 됐다) is 그만
    (re.compile(r"(?<![^\s])고마(?= ?(?:하|해|됐|둬|치|말))"), "그만"),
    # the imperative 하소 / 하이소 is 하세요
    (re.compile(r"(?<=하)(?:이)?소(?=\s|$)"), "세요"),
    # the polite -예 for -요 (아니라예, 왔어예); 예 alone is "yes" and stays
    (re.compile(r"(?<=[라어아해래데지])예(?=\s|$)"), "요"),
    # the formal -니더 / -심더 (아입니더, 맞심더) is -니다 / -습니다
    (re.compile(r"심더(?=\s|$)"), "습니다"),
    (re.compile(r"니더(?=\s|$)"), "니다"),
    # 아이 for 아니 "it is not" (아입니다, 아이라요)
    (re.compile(r"(?<![^\s])아입니"), "아닙니"),
    (re.compile(r"(?<![^\s])아이라(?=요|카|\s|$)"), "아니라"),
    # Gyeongsang 우째 / 우짜- / 우야- "how" (우째 하노, 우짜면 되노) is 어떻게; 어데 is 어디
    (re.compile(r"(?<![^\s])(?:우째|우찌)(?=\s|$)"), "어떻게"),
    (re.compile(r"(?<![^\s])(?:우짜|우야)(?=면|노|나|지|\s|$)"), "어떻게 하"),
    (re.compile(r"(?<![^\s])어데(?=\S*)"), "어디"),
    # the question -노 after a verb (되노, 하노, 뽑노, 가노) is -나; 피아노, 카지노 keep theirs
    (re.compile(r"(?<=[되하뽑있없했됐찾보가와오먹쓰])노(?=\s|$)"), "나"),
    # 기 for 거 "thing" in a question (그기 뭐고, 뭐 하는 기고) is 거; 뭐꼬 / 뭐고 is 뭐야
    (re.compile(r"(?<![^\s])그기(?=\s|$)"), "그게"),
    (re.compile(r"(?<=는 )기고(?=\s|$)"), "거예요"),
    (re.compile(r"(?<![^\s])뭐[꼬고](?=\s|$)"), "뭐예요"),
    # Chungcheong 아녀 is 아니야 (아녀요: 아니요); -유 after 어 / 아 (틀렸어유, 작아유) is -요
    (re.compile(r"(?<![^\s])아녀(?=요)"), "아니"),
    (re.compile(r"(?<![^\s])아녀(?=\s|$)"), "아니야"),
    (re.compile(r"(?<=\S[어아여워와해줘봐래게])유(?=\s|$)"), "요"),
    # 맨들- (Chungcheong, Jeolla) is 만들-
    (re.compile(r"맨들"), "만들"),
)
# Caribbean English (Jamaican and its neighbours) says the function words its own
# way: "di man seh mi haffi pay dem" is "the man say me have to pay them". The
# lists are written in the standard forms; each of these words is creole only
# ("mi" stands for I, me and my: "me" keeps "told me to", "call me"). Whole
# words; "a" (she a come) and "him" (he) are English words too, and are left.
_EN_CREOLE = {
    "di": "the",
    "dem": "them",
    "seh": "say",
    "sey": "say",
    "haffi": "have to",
    "hafi": "have to",
    "fi": "to",
    "mi": "me",
    "tek": "take",
    "mek": "make",
    "wid": "with",
    "cyaan": "can't",
    "cyan": "can't",
    "caan": "can't",
    "waan": "want",
    "nuh": "not",
    "pon": "on",
    "inna": "in",
    "likkle": "little",
    "pickney": "child",
}
_EN_CREOLE_WORD = re.compile(rf"(?<![\w'])(?:{'|'.join(_EN_CREOLE)})(?![\w'])")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
# Everything but letters, digits and the apostrophe of "can't" is a word break;
# an apostrophe that is not inside a word is a quote mark.
_NON_WORD = re.compile(r"[^\w']|_|(?<!\w)'|'(?!\w)")


def is_spaceless(locale: str) -> bool:
    """True where words are not separated by spaces (Chinese)."""
    return locale.startswith("zh")


def normalise(text: str, locale: str) -> str:
    """Lower-case, half-width, punctuation-free text with single spaces.

    * NFKC folds full-width forms (``ＡＴＭ``, ``１０``, ``，``) to their
      ordinary ones, so typed and recognised text look alike.
    * For Chinese, spaces next to ideographs are removed: Vosk returns
      "我 想 取 钱", templates are written "我想取钱"; and the northern 儿
      suffix goes (取点儿钱 is 取点钱; 儿子 and 女儿 stay).
    * For Korean, the Gyeongsang quote (준다꼬 카던데) reads as 준다고 하던데,
      -니께 / -니깐 as -니까 (아니라니께 is 아니라니까), and a reason's closing
      그래요 goes (어두워서 그래요 좀 크게 is 어두워서 좀 크게).
    * For English, Caribbean English function words read as the standard
      ones ("di man seh" is "the man say").

    >>> normalise("Um, I'd like ＴＷＯ tickets!", "en")
    "um i'd like two tickets"
    >>> normalise("我 想 取 钱。", "zh_CN")
    '我想取钱'
    >>> normalise("取 点 儿 钱 在 哪儿", "zh_CN")
    '取点钱在哪'
    """
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold()
    text = _UNK.sub(" ", text)
    text = _SPACES.sub(" ", _NON_WORD.sub(" ", text)).strip()
    if is_spaceless(locale):
        text = _ZH_LEDGER.sub("账", _ERHUA.sub("", _CJK_SPACE.sub("", text)))
    elif locale == "en":
        text = _EN_CREOLE_WORD.sub(lambda m: _EN_CREOLE[m.group(0)], text)
    elif locale == "ko":
        text = _KO_QUOTE_GO.sub("고", text)
        text = _KO_QUOTE_HA.sub(lambda m: _KO_HA[m.group(0)], text)
        text = _KO_PLEASE.sub(lambda m: " 주세요" if m.group(1) else "주세요", text)
        text = _KO_WHAT.sub("뭐라", text)
        text = _KO_GONE.sub("버렸", text)
        text = _KO_SINCE.sub("니까", text)
        text = _KO_BECAUSE.sub("", text)
        for pattern, standard in _KO_REGIONAL:
            text = pattern.sub(standard, text)
    return text


class FillerStripper:
    """Removes filler words ("um", 请问, 저기요) from normalised text.

    Word-spaced locales drop whole words and phrases only, so "um" never eats
    the start of "umbrella"; in Chinese fillers are removed wherever they occur,
    because there are no spaces to anchor on.
    """

    def __init__(self, fillers: Iterable[str], locale: str) -> None:
        words = sorted({normalise(f, locale) for f in fillers} - {""}, key=lambda w: (-len(w), w))
        self.locale = locale
        self._pattern: re.Pattern[str] | None = None
        if words:
            body = "|".join(re.escape(w) for w in words)
            if is_spaceless(locale):
                self._pattern = re.compile(body)
            else:
                self._pattern = re.compile(rf"(?<![\w'])(?:{body})(?![\w'])")

    def __call__(self, text: str) -> str:
        if self._pattern is None:
            return text
        stripped = self._pattern.sub(" ", text)
        stripped = _SPACES.sub(" ", stripped).strip()
        if is_spaceless(self.locale):
            stripped = _CJK_SPACE.sub("", stripped)
        return stripped
