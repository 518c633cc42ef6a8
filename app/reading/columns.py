"""Which column of a registration sheet holds what: header wordings, the header row, and the mapping used.

Columns are recognised by their words: a header names a field when it contains the words of one of the
field's wordings (``headers.toml``: English, Norwegian, Spanish, Catalan / Valencian and Chinese), in any
order, with questions, hints in brackets, slashes and a second language around them. Every column of a
header row is scored against every field and the fields are assigned to columns one to one, the best total
first; a column that looks as much like a field as the column read as it is reported. People listed across
an organisation's row are recognised by a number in the header ("Contact 1 name", "Participant 2",
"Deltaker 2 e-post", "联系人2邮箱"). The organiser can name the field of any header
(``--map "Firm name=organisation"``); what was read from which column is kept as plain data, so it can be
shown, corrected and stored with the event.

Over 400 lines because scoring headers, assigning columns to fields one to one and finding the header row
belong together.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib.resources import files

from app.errors import column_letter
from app.reading.workbook import CellValue, Sheet

HEADER_SCAN_ROWS = 30
"""How many rows at the top of a sheet may hold titles and notes before the header."""

# -- fields ---------------------------------------------------------------------------------------------

ORGANISATION = "organisation"
LOCAL_NAME = "local_name"
GROUP = "group"
COUNTRY = "country"
INTERESTS = "interests"
LANGUAGES = "languages"
AVAILABLE_FROM = "available_from"
AVAILABLE_UNTIL = "available_until"
MAX_MEETINGS = "max_meetings"
MIN_MEETINGS = "min_meetings"
AWAY = "away"
AVOID = "avoid"
OWN_TABLE = "own_table"
WISHES = "wishes"
NAME = "name"
FIRST_NAME = "first_name"
LAST_NAME = "last_name"
TITLE = "title"
EMAIL = "email"
REQUESTER = "requester"
REQUESTED = "requested"
PRIORITY = "priority"
SESSION = "session"
AFTER = "after"
AGREED = "agreed"

COLUMN_LABELS = {
    ORGANISATION: "Organisation",
    LOCAL_NAME: "Local name",
    GROUP: "Group",
    COUNTRY: "Country",
    INTERESTS: "Interests",
    LANGUAGES: "Languages",
    AVAILABLE_FROM: "Available from",
    AVAILABLE_UNTIL: "Available until",
    MAX_MEETINGS: "Max meetings",
    MIN_MEETINGS: "Min meetings",
    AWAY: "Not available",
    AVOID: "Do not meet",
    OWN_TABLE: "Own table",
    WISHES: "Wishes to meet",
    NAME: "Name",
    FIRST_NAME: "First name",
    LAST_NAME: "Last name",
    TITLE: "Title",
    EMAIL: "Email",
    REQUESTER: "Requester",
    REQUESTED: "Requested",
    PRIORITY: "Priority",
    SESSION: "Session",
    AFTER: "After meeting",
    AGREED: "Agreed",
}
FIELDS = tuple(COLUMN_LABELS)

PERSON_FIELDS = frozenset({NAME, FIRST_NAME, LAST_NAME, TITLE, EMAIL, LANGUAGES, AWAY})
"""Fields that describe one person, and so may repeat across an organisation's row with a number."""
LIST_FIELDS = frozenset({WISHES, AVOID})
"""Fields whose values may be spread over several numbered columns ("Wish 1", "Wish 2")."""
_NAME_PARTS = (NAME, FIRST_NAME, LAST_NAME, TITLE, EMAIL)

# -- recognising a header by its words ------------------------------------------------------------------

RECOGNISED = 0.6
"""A field is recognised in a header when its wordings explain more than half of the header's words (with
the small bonuses below, at least this score): 'Company website' is not the organisation, 'Attendee status'
not a person's name."""
CLOSE = 0.15
"""Two columns whose scores for a field are this close both look like it (and compete for it); a column whose
other field scores this close to its best may be read as that field instead."""
_EXACT_BONUS = 0.1  # a header that is exactly a wording beats one that only contains it
_LENGTH_BONUS = 0.01  # per word of the longest wording found: 'company e-mail' is more than 'company'
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_CLAUSES = re.compile(r"[?!;\n]+|\.\s+(?=[A-ZÆØÅÀ-Ý¿¡])")
_EMAIL = re.compile(r"\be[\s\-‐‑–_.]*(mail|post)", re.IGNORECASE)


def _plain(text: str) -> str:
    """Case, accents, width and 'e-mail' spellings set aside; brackets and punctuation kept."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("·", "")
    text = _EMAIL.sub(r"e\1", text)
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _stem(word: str) -> str:
    # Norwegian puts the article at the end of a word: 'bedriften', 'navnet', 'bedriftene'.
    # A final -e goes too, so 'adresse' and 'adressen' meet.
    if len(word) > 6 and word.endswith("ene"):
        return word[:-3]
    if len(word) > 5 and word.endswith(("en", "et")):
        return word[:-2].removesuffix("e") if len(word) > 6 else word[:-2]
    if len(word) > 7 and word.endswith("er"):  # a Norwegian plural: 'interesser', 'bedrifter'
        return word[:-2].removesuffix("e")
    if len(word) > 5 and word.endswith("e"):
        return word[:-1]
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass(frozen=True, slots=True)
class _Words:
    """One header, or one wording, as words: Latin-script words (stemmed) and runs of Chinese characters."""

    content: tuple[str, ...]  # words that say something; all words when every word is a stop word
    every: frozenset[str]  # every word, stop words too
    chinese: tuple[str, ...]  # runs of Chinese characters, stop words cut out

    @property
    def key(self) -> tuple[frozenset[str], tuple[str, ...]]:
        return self.every, self.chinese

    @property
    def size(self) -> float:
        # A Chinese word is two characters or so: each character counts half a word.
        return len(self.content) + sum(len(run) for run in self.chinese) / 2


def _words(text: str, stop: frozenset[str], chinese_stop: Sequence[str], *, wording: bool = False) -> _Words:
    """``wording``: a known wording, where a word may end in '*' (a header's 'Company*' is only 'company')."""
    text = _plain(text)
    runs = _CJK.findall(text)
    for piece in chinese_stop:
        runs = [part for run in runs for part in run.split(piece) if part]
    words = re.findall(r"[^\W_]+\*?" if wording else r"[^\W_]+", _CJK.sub(" ", text))
    every = [_stem(w.removesuffix("*")) + "*" * w.endswith("*") for w in words]
    content = [stem for w, stem in zip(words, every, strict=True) if w not in stop] or every
    return _Words(tuple(content), frozenset(every), tuple(runs))


@dataclass(frozen=True, slots=True)
class _Wording:
    field: str
    words: _Words
    whole: frozenset[str] = frozenset()  # its words that must be in the header as they are
    prefixes: tuple[str, ...] = ()  # the words ending in '*', without it

    @classmethod
    def of(cls, field_name: str, words: _Words) -> _Wording:
        prefixes = tuple(w[:-1] for w in words.content if w.endswith("*"))
        return cls(field_name, words, frozenset(w for w in words.content if not w.endswith("*")), prefixes)

    def found_in(self, header: _Words) -> bool:
        if not self.whole <= header.every:
            return False
        if self.prefixes and not all(any(w.startswith(p) for w in header.every) for p in self.prefixes):
            return False
        joined = "\n".join(header.chinese)  # no piece holds a line break, so none spans two runs
        return all(piece in joined for piece in self.words.chinese)


def _has_word(header: _Words, word: str) -> bool:
    if word.endswith("*"):
        return any(w.startswith(word[:-1]) for w in header.every)
    return word in header.every


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """The header wordings of every field, from headers.toml (words are data: translators extend them)."""

    by_word: Mapping[str, tuple[_Wording, ...]]  # a wording under each of its words
    chinese: tuple[_Wording, ...]  # wordings with Chinese characters
    prefixed: tuple[_Wording, ...]  # wordings with a word ending in '*'
    subjects: Mapping[str, _Words]  # field -> words that say whose value it is (merged)
    unless: Mapping[str, frozenset[str]]
    person_words: tuple[str, ...]  # normalised, longest first
    exact: Mapping[tuple[frozenset[str], tuple[str, ...]], str]  # a wording's words -> its field
    stop: frozenset[str]
    chinese_stop: tuple[str, ...]
    person_local: tuple[_Wording, ...] = ()  # words saying a local-name column is a person's

    def words(self, text: str) -> _Words:
        return _words(text, self.stop, self.chinese_stop)


def _load_vocabulary() -> _Vocabulary:
    data = tomllib.loads(files("app.reading").joinpath("headers.toml").read_text(encoding="utf-8"))
    stop = frozenset(_plain(w) for w in data["stop_words"])
    chinese_stop = tuple(data["chinese_stop_words"])
    wordings: list[_Wording] = []
    subjects: dict[str, _Words] = {}
    unless: dict[str, frozenset[str]] = {}
    groups = {
        name: [_words(w, stop, chinese_stop, wording=True) for w in ws]
        for name, ws in data["subjects"].items()
    }
    for field_name in FIELDS:
        spec = data[field_name]
        for text in spec["wordings"]:
            wordings.append(_Wording.of(field_name, _words(text, stop, chinese_stop, wording=True)))
        parts = [w for group in spec.get("subjects", ()) for w in groups[group]]
        subjects[field_name] = _Words(
            tuple(w for p in parts for w in p.content),
            frozenset(),
            tuple(r for p in parts for r in p.chinese),
        )
        unless[field_name] = frozenset(_plain(w) for w in spec.get("unless", ()))
    by_word: dict[str, list[_Wording]] = {}
    for wording in wordings:
        for word in wording.words.content:
            by_word.setdefault(word, []).append(wording)
    return _Vocabulary(
        {word: tuple(ws) for word, ws in by_word.items()},
        tuple(w for w in wordings if w.words.chinese),
        tuple(w for w in wordings if any(x.endswith("*") for x in w.words.content)),
        subjects,
        unless,
        tuple(sorted({normalise_header(w) for w in data["subjects"]["person"]}, key=len, reverse=True)),
        {w.words.key: w.field for w in reversed(wordings)},
        stop,
        chinese_stop,
        tuple(
            _Wording.of(LOCAL_NAME, _words(w, stop, chinese_stop, wording=True))
            for w in (*data[LOCAL_NAME].get("person_words", ()), *data["subjects"]["person"])
        ),
    )


def normalise_header(text: str) -> str:
    """Lower case, without bracketed notes, punctuation or extra spaces: 'E-mail:' -> 'e mail'."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", text)
    text = re.sub(r"[^\w]+|_", " ", text)
    return " ".join(text.split())


_VOCABULARY = _load_vocabulary()


def _score_words(header: _Words) -> dict[str, float]:
    """How well each field's wordings explain one clause of a header, 0 to about 1.1."""
    vocabulary = _VOCABULARY
    candidates = {id(w): w for word in header.every for w in vocabulary.by_word.get(word, ())}
    for wording in (*vocabulary.chinese, *vocabulary.prefixed) if header.chinese else vocabulary.prefixed:
        candidates[id(wording)] = wording
    found = [wording for wording in candidates.values() if wording.found_in(header)]
    scores: dict[str, float] = {}
    for field_name in dict.fromkeys(w.field for w in found):
        if any(_has_word(header, w) for w in vocabulary.unless[field_name]) or any(
            w in run for w in vocabulary.unless[field_name] for run in header.chinese
        ):
            continue
        mine = [w for w in found if w.field == field_name]
        subject = vocabulary.subjects[field_name]
        words = {x for w in mine for x in w.words.content} | set(subject.content)
        prefixes = tuple(w[:-1] for w in words if w.endswith("*"))
        explained = float(sum(1 for word in header.content if word in words or word.startswith(prefixes)))
        pieces = [p for w in mine for p in w.words.chinese] + list(subject.chinese)
        for run in header.chinese:
            covered = [False] * len(run)
            for piece in pieces:
                start = run.find(piece)
                while start >= 0:
                    covered[start : start + len(piece)] = [True] * len(piece)
                    start = run.find(piece, start + 1)
            explained += sum(covered) / 2
        score = explained / header.size if header.size else 0.0
        longest = max(len(w.words.content) + len(w.words.chinese) for w in mine)
        score += _LENGTH_BONUS * min(longest, 5)
        if any(w.words.key == header.key for w in mine):
            score += _EXACT_BONUS
        scores[field_name] = score
    return scores


@lru_cache(maxsize=8192)
def field_scores(header: str) -> Mapping[str, float]:
    """How much each field looks like the column headed ``header``: the share of the header's words its
    wordings (and the words naming whose value it is) explain, with a small bonus for an exact wording and for
    longer wordings. Every clause of a question ('Company name? As on your badge') and, when the words outside
    brackets name nothing, the words inside them, are scored on their own; the best counts."""
    text = unicodedata.normalize("NFKC", header)
    if len(text) > 300:  # a paragraph of instructions, not a column title
        return {}
    outside = re.sub(r"\(.*?\)|\[.*?\]", " ", text)
    inside = " ".join(a or b for a, b in re.findall(r"\((.*?)\)|\[(.*?)\]", text))
    best: dict[str, float] = {}
    for source, weight in ((outside, 1.0), (inside, 0.9)):
        for clause in _CLAUSES.split(source):
            words = _VOCABULARY.words(clause)
            for field_name, score in _score_words(words).items():
                best[field_name] = max(best.get(field_name, 0.0), score * weight)
        if any(score >= RECOGNISED for score in best.values()):
            break
    return best


def column_for(header: str) -> str | None:
    """The field a header names on its own (without its neighbours), or None."""
    scores = field_scores(header)
    if not scores:
        return None
    found, score = max(scores.items(), key=lambda item: (item[1], -FIELDS.index(item[0])))
    return found if score >= RECOGNISED else None


@lru_cache(maxsize=8192)
def _candidates(header: str) -> Mapping[str, float]:
    """The fields a column may be read as: those recognised, and close to its best."""
    scores = {f: s for f, s in field_scores(header).items() if s >= RECOGNISED}
    if not scores:
        return {}
    best = max(scores.values())
    return {f: s for f, s in scores.items() if s >= best - CLOSE}


def _assign(weights: Sequence[Sequence[float]]) -> list[int | None]:
    """The best one-to-one assignment of rows to columns: the one with the largest total weight (the
    Hungarian algorithm of Kuhn and Munkres, in O(rows² x columns)). Returns each row's column; None where a
    row is better left without one (no column of positive weight is left for it)."""
    n, m = len(weights), len(weights[0]) if weights else 0
    if not n:
        return []
    cost = [[-w for w in row] + [0.0] * n for row in weights]  # a dummy column a row for 'not assigned'
    m_all = m + n
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m_all + 1)
    owner, way = [0] * (m_all + 1), [0] * (m_all + 1)
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        least, used = [inf] * (m_all + 1), [False] * (m_all + 1)
        while owner[j0]:
            used[j0], i0, delta, j1 = True, owner[j0], inf, 0
            for j in range(1, m_all + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < least[j]:
                        least[j], way[j] = reduced, j0
                    if least[j] < delta:
                        delta, j1 = least[j], j
            for j in range(m_all + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    result: list[int | None] = [None] * n
    for j in range(1, m + 1):
        if owner[j] and weights[owner[j] - 1][j - 1] > 0:
            result[owner[j] - 1] = j - 1
    return result


def assign_columns(headers: Mapping[int, str], taken: Iterable[str] = ()) -> dict[int, str]:
    """Which column is which field, one column a field: the assignment with the best total score among the
    fields each column may be (column index -> field). Fields in ``taken`` are already another column's."""
    taken = set(taken)
    options = {index: _candidates(text) for index, text in headers.items()}
    options = {i: {f: s for f, s in found.items() if f not in taken} for i, found in options.items()}
    options = {i: found for i, found in options.items() if found}
    fields = sorted({f for found in options.values() for f in found}, key=FIELDS.index)
    columns = sorted(options)
    # Ties go to the column further left and to the field listed first.
    weights = [
        [
            options[c][f] - 1e-6 * position - 1e-8 * FIELDS.index(f) if f in options[c] else 0.0
            for position, c in enumerate(columns)
        ]
        for f in fields
    ]
    chosen = _assign(weights)
    return {columns[c]: f for f, c in zip(fields, chosen, strict=True) if c is not None}


def _rivals(headers: Mapping[int, str], assigned: Mapping[int, str]) -> dict[int, int]:
    """Columns left unread that look about as much like a field as the column read as it: unread column
    index -> the column read."""
    read_as = {f: i for i, f in assigned.items()}
    found: dict[int, int] = {}
    for index, text in headers.items():
        if index in assigned:
            continue
        for field_name, score in _candidates(text).items():
            winner = read_as.get(field_name)
            if winner is not None and score >= field_scores(headers[winner])[field_name] - CLOSE:
                found[index] = winner
                break
    return found


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """What a column holds: a field, and for people across a row (or numbered wishes) their number.

    An empty ``field`` means the column is not read.
    """

    field: str
    number: int | None = None

    def __str__(self) -> str:
        if not self.field:
            return IGNORE
        return self.field if self.number is None else f"{self.field} {self.number}"


IGNORE = "ignore"
_IGNORE_WORDS = frozenset({"ignore", "skip", "none", "unused", "not used"})
_NUMBER = re.compile(r"(?<![a-z0-9])(\d{1,2})(?:st|nd|rd|th)?(?![0-9])")
_NUMBER_WORD = re.compile(r"\b(?:no|nr|n o|num|núm|number|número|nummer)\s+(?=\d)")  # 'Wish no. 2'


def numbered_column(header: str) -> FieldSpec | None:
    """A person's field or a wish numbered in its header: 'Contact 2 e-mail' -> email of person 2."""
    key = normalise_header(header)
    numbers = _NUMBER.findall(key)
    if len(numbers) != 1:
        return None
    number = int(numbers[0])
    rest = " ".join(_NUMBER.sub(" ", _NUMBER_WORD.sub("", key)).split())
    for word in _VOCABULARY.person_words:
        ascii_word = word.isascii()
        if rest == word:
            return FieldSpec(NAME, number)
        if ascii_word and (rest.startswith(word + " ") or rest.endswith(" " + word)):
            rest = rest.removeprefix(word + " ").removesuffix(" " + word).strip()
            break
        if not ascii_word and (rest.startswith(word) or rest.endswith(word)):
            rest = rest.removeprefix(word).removesuffix(word).strip()
            break
    column = column_for(rest) if rest else NAME
    if column in PERSON_FIELDS or column in LIST_FIELDS:
        return FieldSpec(column, number)
    return None


def parse_field(text: str) -> FieldSpec:
    """A field as the organiser names it in a mapping: 'organisation', 'Local name', 'email 2', 'ignore'.

    Raises ValueError naming the fields there are.
    """
    key = normalise_header(text)
    if not key or key in _IGNORE_WORDS:
        return FieldSpec("")
    number: int | None = None
    numbered = re.fullmatch(r"(.*?)\s*(\d{1,2})", key)
    if numbered and numbered.group(1):
        key, number = numbered.group(1).strip(), int(numbered.group(2))
    names = {normalise_header(f): f for f in FIELDS}
    names.update({normalise_header(label): f for f, label in COLUMN_LABELS.items()})
    found = names.get(key) or _VOCABULARY.exact.get(_VOCABULARY.words(key).key)
    if found is None:
        raise ValueError(
            f"'{text}' is not a field MeetGrid reads; use one of {', '.join(FIELDS)} (a person's field or "
            f"a wish with a number, such as 'email 2'), or '{IGNORE}'"
        )
    if number is not None and found not in PERSON_FIELDS and found not in LIST_FIELDS:
        raise ValueError(
            f"'{text}': only a person's field ({', '.join(sorted(PERSON_FIELDS))}) or a wish list column "
            "takes a number"
        )
    return FieldSpec(found, number)


def parse_mapping_item(text: str) -> tuple[str, str]:
    """'Firm name=organisation' -> ('Firm name', 'organisation'); raises ValueError when malformed."""
    header, sep, name = text.rpartition("=")
    if not sep or not header.strip():
        raise ValueError(f"'{text}' is not a mapping like 'Firm name=organisation'")
    parse_field(name)
    return " ".join(header.split()), name.strip()


def local_name_of_person(header: Header, *, form: bool) -> bool:
    """Whether the local-name column of a sheet of people holds each person's name in their own script
    rather than their organisation's. Where an organisations sheet gives the organisations' local names, it
    is the person's unless its header names the organisation ('Company name in Chinese'). On a sheet that is
    the whole registration (a form: a row a person, with their organisation's details), it is the person's
    only when its header says so ('中文姓名', 'Contact name in Chinese') or it stands right after the
    person's name; otherwise it stays the organisation's, as before."""
    index = header.columns.get(LOCAL_NAME)
    if index is None or index not in header.texts:
        return False
    words = _VOCABULARY.words(header.texts[index])
    subject = _VOCABULARY.subjects[LOCAL_NAME]
    if set(subject.content) & set(words.content) or any(
        piece in run for piece in subject.chinese for run in words.chinese
    ):
        return False
    if not form:
        return True
    if any(wording.found_in(words) for wording in _VOCABULARY.person_local):
        return True
    return any(header.columns.get(part) == index - 1 for part in (NAME, FIRST_NAME, LAST_NAME))


# -- the header row -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ColumnUse:
    """One header cell of a sheet that was read, and the field it became ('' when not read)."""

    sheet: str | None
    row: int
    column: int  # 1-based
    header: str
    field: str
    number: int | None = None
    given: bool = False  # named by the organiser's mapping rather than recognised
    note: str = ""
    rival: int | None = None  # not read, but looks as much like the field of this column (1-based)

    @property
    def spec(self) -> str:
        return str(FieldSpec(self.field, self.number))

    def __str__(self) -> str:
        target = self.spec if self.field else "not read" + (f" ({self.note})" if self.note else "")
        given = " (given)" if self.given else ""
        return f"{column_letter(self.column)} '{self.header}' -> {target}{given}"


@dataclass
class Header:
    """The header row of a sheet and which column holds which field."""

    row: int  # 1-based
    columns: dict[str, int]  # field -> 0-based column index
    texts: dict[int, str]  # 0-based column index -> header as written
    people: dict[int, dict[str, int]] = field(default_factory=dict)  # number -> field -> index
    lists: dict[str, list[int]] = field(default_factory=dict)  # field -> indexes, in order
    uses: list[ColumnUse] = field(default_factory=list)
    given: set[str] = field(default_factory=set)  # mapping keys of the headers the mapping named
    score: int = 0  # how many fields the row names
    quality: float = 0.0  # how well its words name them, to choose between rows naming as many
    person_local: bool = False  # its local-name column holds each person's own (local_name_of_person)

    @property
    def labels(self) -> dict[str, str]:
        return {f: self.texts[i] for f, i in self.columns.items()}

    def value(self, row: Sequence[CellValue], column: str) -> CellValue:
        return self.at(row, self.columns.get(column))

    @staticmethod
    def at(row: Sequence[CellValue], index: int | None) -> CellValue:
        return row[index] if index is not None and index < len(row) else None

    def text(self, row: Sequence[CellValue], column: str) -> str:
        return clean(self.value(row, column))


def clean(value: CellValue) -> str:
    """A cell as tidy text: trimmed, inner runs of spaces collapsed, whole numbers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, str | int | float | bool):
        return value.isoformat()
    return " ".join(str(value).split())


def find_header(sheet: Sheet, mapping: Mapping[str, FieldSpec] | None = None) -> Header | None:
    """The header row among the first rows: the one naming the most known columns.

    ``mapping`` (normalised header -> field) names columns the usual wordings miss, or overrides them.
    """
    mapping = mapping or {}
    best: Header | None = None
    for number, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS], start=1):
        header = _read_header_row(sheet, number, row, mapping)
        if header.score >= 2 and (
            best is None or (header.score, header.quality) > (best.score, best.quality)
        ):
            best = header
    if best is not None:
        _settle(best)
    return best


def likely_header(sheet: Sheet, mapping: Mapping[str, FieldSpec] | None = None) -> Header | None:
    """The row most like a header even when too few of its cells are known wordings: the first of the rows
    naming the most known columns among those with at least two words, so that the organiser can name the
    columns of a sheet MeetGrid did not recognise."""
    mapping = mapping or {}
    best: Header | None = None
    for number, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS], start=1):
        if sum(1 for value in row if isinstance(value, str) and value.strip()) < 2:
            continue
        header = _read_header_row(sheet, number, row, mapping)
        if best is None or (header.score, header.quality) > (best.score, best.quality):
            best = header
    if best is not None:
        _settle(best)
    return best


def _read_header_row(
    sheet: Sheet, number: int, row: Sequence[CellValue], mapping: Mapping[str, FieldSpec]
) -> Header:
    header = Header(number, {}, {})
    numbered_lists: dict[str, list[tuple[int, int]]] = {}
    uses: dict[int, ColumnUse] = {}
    plain: dict[int, str] = {}  # columns named by their words alone, to be assigned together
    for index, value in enumerate(row):
        if not isinstance(value, str) or not value.strip():
            continue
        text = " ".join(value.split())
        header.texts[index] = text
        key = mapping_key(text)
        if key not in mapping:  # 'Email=...' names 'Email (work)' too, unless a mapping names it in full
            key = normalise_header(text)
        given = key in mapping
        use = uses[index] = ColumnUse(sheet.name, number, index + 1, text, "", None, given)
        if given:
            header.given.add(key)
        spec = mapping[key] if given else numbered_column(text)
        if spec is None:
            plain[index] = text
            continue
        if not spec.field:
            continue
        if spec.field in LIST_FIELDS:
            numbered_lists.setdefault(spec.field, []).append((spec.number or 0, index))
            uses[index] = replace(use, field=spec.field, number=spec.number)
        elif spec.number is not None and spec.field in PERSON_FIELDS:
            group = header.people.setdefault(spec.number, {})
            if spec.field in group:
                first = column_letter(group[spec.field] + 1)
                uses[index] = replace(use, note=f"{spec} is column {first}")
                continue
            group[spec.field] = index
            uses[index] = replace(use, field=spec.field, number=spec.number)
        elif spec.field in header.columns:
            first = column_letter(header.columns[spec.field] + 1)
            uses[index] = replace(use, note=f"{spec.field} is column {first}")
        else:
            header.columns[spec.field] = index
            uses[index] = replace(use, field=spec.field)
    assigned = assign_columns(plain, set(header.columns) | set(numbered_lists))
    for index, found in assigned.items():
        header.quality += field_scores(plain[index])[found]
        if found in LIST_FIELDS:
            numbered_lists.setdefault(found, []).append((0, index))
        else:
            header.columns[found] = index
        uses[index] = replace(uses[index], field=found)
    read_as = {f: i for i, f in assigned.items()}
    for index, text in plain.items():
        options = _candidates(text)
        if index in assigned or not options:
            continue
        best = max(options.items(), key=lambda item: item[1])[0]
        if best in LIST_FIELDS:  # a wish list in two columns is read from both, in their order
            numbered_lists.setdefault(best, []).append((0, index))
            uses[index] = replace(uses[index], field=best)
            continue
        other = header.columns.get(best, read_as.get(best))
        if other is not None and _plain(text) == _plain(header.texts[other]):  # the same heading twice
            uses[index] = replace(uses[index], note=f"{best} is column {column_letter(other + 1)}")
    for index, winner in _rivals(plain, assigned).items():
        if not uses[index].note and not uses[index].field:
            uses[index] = replace(
                uses[index],
                rival=winner + 1,
                note=f"{assigned[winner]} is read from column {column_letter(winner + 1)}",
            )
    header.uses = [uses[index] for index in sorted(uses)]
    for list_field, indexes in numbered_lists.items():
        ordered = [index for _, index in sorted(indexes)]
        header.lists[list_field] = ordered
        header.columns.setdefault(list_field, ordered[0])
    person_fields = {f for group in header.people.values() for f in group}
    header.score = (
        len(header.columns)
        + len(person_fields)
        + (ORGANISATION in header.columns or REQUESTER in header.columns)
        + 2 * len(header.given)
    )
    return header


def _settle(header: Header) -> None:
    """Rules that need the whole header row: a first person without a number, 'Name' beside 'Surname'."""
    moved: dict[int, tuple[str, int | None]] = {}
    unnamed = [n for n, group in header.people.items() if not group.keys() & {NAME, FIRST_NAME, LAST_NAME}]
    for lone in unnamed:
        # "Email | Email 2" is a second address of the same person, not a second person.
        for index in header.people.pop(lone).values():
            moved[index] = ("", None)
    if header.people:
        # "Contact name | Contact e-mail | Contact 2 name | ..." : the unnumbered contact comes first.
        lowest = min(header.people)
        number = lowest - 1 if lowest > 1 else 0
        first = header.people.setdefault(number, {})
        for part in _NAME_PARTS:
            if part in header.columns and part not in first:
                index = first[part] = header.columns.pop(part)
                moved[index] = (part, number)
        if not first:
            del header.people[number]
        header.people = dict(sorted(header.people.items()))
    groups: list[tuple[int | None, dict[str, int]]] = [(None, header.columns), *header.people.items()]
    for group_number, group in groups:
        if NAME in group and LAST_NAME in group and FIRST_NAME not in group:
            group[FIRST_NAME] = group.pop(NAME)
            moved[group[FIRST_NAME]] = (FIRST_NAME, group_number)
    if moved:
        header.uses = [
            replace(
                use,
                field=moved[use.column - 1][0],
                number=moved[use.column - 1][1],
                note="" if moved[use.column - 1][0] else "no person's name has this number",
            )
            if use.column - 1 in moved
            else use
            for use in header.uses
        ]


def mapping_from(pairs: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, FieldSpec]:
    """The organiser's 'header -> field' pairs by ``mapping_key``; raises ValueError on a bad field."""
    items = pairs.items() if isinstance(pairs, Mapping) else pairs
    return {mapping_key(header): parse_field(name) for header, name in items}


def mapping_key(header: str) -> str:
    """A header as the organiser's mapping names it: like ``normalise_header`` but keeping the words in
    brackets, so that 'Company name (legal)' can be told from 'Company name'."""
    text = unicodedata.normalize("NFKC", header).casefold()
    return " ".join(re.sub(r"[^\w]+|_", " ", text).split())
