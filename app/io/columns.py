"""Which column of a registration sheet holds what: header wordings, the header row, and the mapping used.

Columns are recognised by their usual wordings in English, Norwegian, Spanish and Chinese, whatever their
case, spacing or punctuation. People listed across an organisation's row are recognised by a number in the
header ("Contact 1 name", "Participant 2", "Deltaker 2 e-post", "联系人2邮箱"). The organiser can name the
field of any header (``--map "Firm name=organisation"``); what was read from which column is kept as plain
data, so it can be shown, corrected and stored with the event.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from app.errors import column_letter
from app.io.workbook import CellValue, Sheet

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
}
FIELDS = tuple(COLUMN_LABELS)

PERSON_FIELDS = frozenset({NAME, FIRST_NAME, LAST_NAME, TITLE, EMAIL, LANGUAGES, AWAY})
"""Fields that describe one person, and so may repeat across an organisation's row with a number."""
LIST_FIELDS = frozenset({WISHES, AVOID})
"""Fields whose values may be spread over several numbered columns ("Wish 1", "Wish 2")."""
_NAME_PARTS = (NAME, FIRST_NAME, LAST_NAME, TITLE, EMAIL)

_SYNONYMS: Mapping[str, tuple[str, ...]] = {
    ORGANISATION: (
        "organisation",
        "organization",
        "organisation name",
        "organization name",
        "company",
        "company name",
        "companies",
        "firm",
        "firm name",
        "business",
        "business name",
        "employer",
        "institution",
        "enterprise",
        # Norwegian
        "bedrift",
        "bedriftsnavn",
        "bedriftens navn",
        "firma",
        "firmanavn",
        "organisasjon",
        "organisasjonsnavn",
        "selskap",
        "selskapsnavn",
        "virksomhet",
        "foretak",
        "arbeidsgiver",
        "institusjon",
        # Spanish
        "empresa",
        "nombre de la empresa",
        "nombre empresa",
        "nombre de empresa",
        "organización",
        "nombre de la organización",
        "organizacion",
        "compañía",
        "compania",
        "entidad",
        "razón social",
        "razon social",
        "institución",
        # Chinese
        "公司",
        "公司名称",
        "公司名",
        "企业",
        "企业名称",
        "单位",
        "单位名称",
        "工作单位",
        "机构",
        "机构名称",
        "组织",
        "组织名称",
    ),
    LOCAL_NAME: (
        "local name",
        "native name",
        "local script name",
        "name in local script",
        "name in local language",
        "chinese name",
        "name in chinese",
        "company name in chinese",
        "organisation name in chinese",
        "organization name in chinese",
        "local company name",
        "lokalt navn",
        "navn på kinesisk",
        "nombre local",
        "nombre en chino",
        "中文名称",
        "中文名",
        "公司中文名称",
        "企业中文名称",
        "本地名称",
    ),
    GROUP: (
        "group",
        "side",
        "delegation or host",
        "participant group",
        "category",
        "delegation host",
        "gruppe",
        "kategori",
        "delegasjon eller vert",
        "grupo",
        "lado",
        "categoría",
        "categoria",
        "delegación o anfitrión",
        "组别",
        "分组",
        "类别",
        "团组",
    ),
    COUNTRY: (
        "country",
        "country region",
        "nation",
        "country of origin",
        "home country",
        "land",
        "hjemland",
        "país",
        "pais",
        "país de origen",
        "国家",
        "国家 地区",
        "国别",
    ),
    INTERESTS: (
        "interests",
        "interest",
        "sectors",
        "sector",
        "sectors of interest",
        "areas of interest",
        "topics",
        "industry",
        "industries",
        "fields",
        "business areas",
        "interesser",
        "interesseområder",
        "bransje",
        "bransjer",
        "sektor",
        "sektorer",
        "fagområder",
        "intereses",
        "sectores",
        "áreas de interés",
        "areas de interes",
        "industria",
        "temas",
        "兴趣",
        "感兴趣领域",
        "行业",
        "领域",
        "关注领域",
        "业务领域",
    ),
    LANGUAGES: (
        "languages",
        "language",
        "languages spoken",
        "spoken languages",
        "working languages",
        "språk",
        "arbeidsspråk",
        "idiomas",
        "idioma",
        "lenguas",
        "语言",
        "工作语言",
        "语种",
    ),
    AVAILABLE_FROM: (
        "available from",
        "available",
        "from time",
        "arrival",
        "arrives",
        "arrival time",
        "tilgjengelig fra",
        "ankomst",
        "ankomsttid",
        "disponible desde",
        "llegada",
        "hora de llegada",
        "到达时间",
        "开始时间",
        "最早时间",
    ),
    AVAILABLE_UNTIL: (
        "available until",
        "available to",
        "until",
        "departure",
        "leaves",
        "departure time",
        "tilgjengelig til",
        "avreise",
        "avreisetid",
        "disponible hasta",
        "salida",
        "hora de salida",
        "离开时间",
        "结束时间",
        "最晚时间",
    ),
    MAX_MEETINGS: (
        "max meetings",
        "maximum meetings",
        "max number of meetings",
        "meeting limit",
        "max",
        "maks møter",
        "maks antall møter",
        "maksimalt antall møter",
        "máximo de reuniones",
        "max reuniones",
        "número máximo de reuniones",
        "最多会议",
        "最多会议数",
        "会议上限",
        "最多会谈数",
    ),
    MIN_MEETINGS: (
        "min meetings",
        "minimum meetings",
        "min number of meetings",
        "at least",
        "min",
        "min møter",
        "minst møter",
        "minimum antall møter",
        "mínimo de reuniones",
        "min reuniones",
        "número mínimo de reuniones",
        "最少会议",
        "最少会议数",
        "至少会议数",
    ),
    AWAY: (
        "not available",
        "unavailable",
        "away",
        "not available at",
        "busy",
        "absent",
        "away at",
        "ikke tilgjengelig",
        "utilgjengelig",
        "opptatt",
        "fravær",
        "no disponible",
        "ocupado",
        "ausente",
        "不可用时间",
        "不可参会时间",
        "忙碌时间",
        "没空",
    ),
    OWN_TABLE: (
        "own table",
        "table",
        "host table",
        "fixed table",
        "stand",
        "booth",
        "table name",
        "table number",
        "eget bord",
        "bord",
        "bordnummer",
        "mesa propia",
        "mesa",
        "número de mesa",
        "桌号",
        "固定桌",
        "展位",
    ),
    AVOID: (
        "do not meet",
        "don t meet",
        "not to meet",
        "avoid",
        "exclude",
        "no meeting with",
        "keep apart",
        "ikke møte",
        "vil ikke møte",
        "unngå",
        "no reunirse con",
        "evitar",
        "excluir",
        "不想见",
        "不希望会见",
        "回避",
    ),
    WISHES: (
        "wishes",
        "wish",
        "wish list",
        "wishlist",
        "meeting wishes",
        "meeting requests",
        "requested meetings",
        "companies to meet",
        "organisations to meet",
        "organizations to meet",
        "preferred partners",
        "wants to meet",
        "would like to meet",
        "ønsker",
        "ønske",
        "ønskeliste",
        "møteønsker",
        "ønsker å møte",
        "bedrifter å møte",
        "deseos",
        "deseo",
        "lista de deseos",
        "solicitudes de reunión",
        "empresas a reunirse",
        "empresas que desea conocer",
        "quiere reunirse con",
        "希望会见",
        "希望会见的企业",
        "意向企业",
        "对接需求",
        "洽谈意向",
    ),
    NAME: (
        "name",
        "full name",
        "participant",
        "participant name",
        "person",
        "attendee",
        "attendee name",
        "delegate",
        "delegate name",
        "contact",
        "contact name",
        "contact person",
        "navn",
        "fullt navn",
        "deltaker",
        "deltakernavn",
        "deltakers navn",
        "kontaktperson",
        "nombre",
        "nombre completo",
        "participante",
        "nombre del participante",
        "persona de contacto",
        "contacto",
        "asistente",
        "delegado",
        "姓名",
        "名字",
        "参会人",
        "参会人员",
        "参会人姓名",
        "联系人",
        "参会代表",
    ),
    FIRST_NAME: ("first name", "given name", "firstname", "forename", "fornavn", "nombre de pila", "名"),
    LAST_NAME: (
        "last name",
        "surname",
        "family name",
        "lastname",
        "etternavn",
        "apellido",
        "apellidos",
        "姓",
    ),
    TITLE: (
        "title",
        "job title",
        "position",
        "role",
        "job",
        "tittel",
        "stilling",
        "stillingstittel",
        "rolle",
        "cargo",
        "puesto",
        "título",
        "titulo",
        "职位",
        "职务",
        "头衔",
    ),
    EMAIL: (
        "email",
        "e mail",
        "email address",
        "e mail address",
        "mail",
        "e post",
        "epost",
        "e postadresse",
        "epostadresse",
        "correo",
        "correo electrónico",
        "correo electronico",
        "邮箱",
        "电子邮箱",
        "电子邮件",
        "邮件",
    ),
    REQUESTER: (
        "requester",
        "requested by",
        "requesting organisation",
        "requesting organization",
        "from",
        "fra",
        "ønsket av",
        "solicitante",
        "de",
        "申请方",
        "发起方",
    ),
    REQUESTED: (
        "requested",
        "requested organisation",
        "requested organization",
        "to",
        "meet",
        "meet with",
        "til",
        "møte med",
        "ønsket",
        "para",
        "solicitado",
        "reunirse con",
        "会见对象",
        "对接企业",
        "对方",
    ),
    PRIORITY: ("priority", "prio", "importance", "prioritet", "prioridad", "优先级", "重要性"),
    SESSION: (
        "session",
        "morning or afternoon",
        "part of day",
        "time of day",
        "am pm",
        "økt",
        "del av dagen",
        "formiddag eller ettermiddag",
        "sesión",
        "sesion",
        "mañana o tarde",
        "franja",
        "时段",
        "上午或下午",
    ),
    AFTER: (
        "after",
        "after meeting",
        "meet after",
        "after meeting with",
        "following",
        "etter",
        "etter møte",
        "después de",
        "despues de",
        "之后",
    ),
}

# Headers in free words ("Which companies would you like to meet?") recognised by what they contain.
_CONTAINS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        AVOID,
        (
            "do not meet",
            "not want to meet",
            "not to meet",
            "not meet",
            "rather not meet",
            "ikke møte",
            "ikke vil møte",
            "ikke å møte",
            "no reunirse",
            "no desea reunirse",
            "no quiere reunirse",
            "不想",
            "不希望",
        ),
    ),
    (
        WISHES,
        (
            "would like to meet",
            "want to meet",
            "wish to meet",
            "like to meet",
            "to meet",
            "ønsker å møte",
            "vil møte",
            "ønsker møte",
            "å møte",
            "reunirse",
            "desea conocer",
            "le gustaría conocer",
            "希望会见",
            "想见",
            "希望见",
            "对接",
        ),
    ),
    (
        LOCAL_NAME,
        ("in chinese", "local name", "native name", "local script", "local language", "中文名"),
    ),
    (EMAIL, ("e mail", "email", "e post", "epost", "correo", "邮箱", "邮件")),
    (INTERESTS, ("interest", "sector", "interesse", "interés", "行业", "领域")),
    (LANGUAGES, ("language", "språk", "idioma", "语言")),
    (GROUP, ("delegation or host", "host or delegation")),
    (AVAILABLE_FROM, ("available from", "arriv", "tilgjengelig fra", "disponible desde", "llegada")),
    (
        AVAILABLE_UNTIL,
        ("available until", "depart", "leav", "tilgjengelig til", "disponible hasta", "salida"),
    ),
    (MAX_MEETINGS, ("max meetings", "maximum number of meetings", "most meetings", "maks")),
    (MIN_MEETINGS, ("min meetings", "minimum number of meetings", "at least")),
    (AWAY, ("not available", "unavailable", "ikke tilgjengelig", "no disponible", "不可")),
)

# Words naming a person, stripped from numbered headers: "Contact 2 e-mail" is person 2's e-mail.
_PERSON_WORDS = tuple(
    sorted(
        {
            "contact person",
            "contact",
            "participant",
            "person",
            "attendee",
            "delegate",
            "representative",
            "kontaktperson",
            "kontakt",
            "deltaker",
            "deltakar",
            "representant",
            "persona de contacto",
            "contacto",
            "participante",
            "asistente",
            "delegado",
            "representante",
            "联系人",
            "参会人员",
            "参会人",
            "参会代表",
            "代表",
        },
        key=len,
        reverse=True,
    )
)


def normalise_header(text: str) -> str:
    """Lower case, without bracketed notes, punctuation or extra spaces: 'E-mail:' -> 'e mail'."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", text)
    text = re.sub(r"[^\w]+|_", " ", text)
    return " ".join(text.split())


_EXACT = {normalise_header(word): column for column, words in _SYNONYMS.items() for word in words}


def column_for(header: str) -> str | None:
    """The field a header names, or None."""
    key = normalise_header(header)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    for column, fragments in _CONTAINS:
        if any(fragment in key for fragment in fragments):
            return column
    return None


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


def numbered_column(header: str) -> FieldSpec | None:
    """A person's field or a wish numbered in its header: 'Contact 2 e-mail' -> email of person 2."""
    key = normalise_header(header)
    numbers = _NUMBER.findall(key)
    if len(numbers) != 1:
        return None
    number = int(numbers[0])
    rest = " ".join(_NUMBER.sub(" ", key).split())
    for word in _PERSON_WORDS:
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
    found = names.get(key) or _EXACT.get(key)
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
    given: set[str] = field(default_factory=set)  # normalised headers named by the mapping
    score: int = 0

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
        if header.score >= 2 and (best is None or header.score > best.score):
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
        if best is None or header.score > best.score:
            best = header
    if best is not None:
        _settle(best)
    return best


def _read_header_row(
    sheet: Sheet, number: int, row: Sequence[CellValue], mapping: Mapping[str, FieldSpec]
) -> Header:
    header = Header(number, {}, {})
    numbered_lists: dict[str, list[tuple[int, int]]] = {}
    for index, value in enumerate(row):
        if not isinstance(value, str) or not value.strip():
            continue
        text = " ".join(value.split())
        header.texts[index] = text
        key = normalise_header(text)
        spec: FieldSpec | None
        given = key in mapping
        if given:
            spec = mapping[key]
            header.given.add(key)
        else:
            spec = numbered_column(text)
            if spec is None:
                found = column_for(text)
                spec = FieldSpec(found) if found else None
        use = ColumnUse(sheet.name, number, index + 1, text, "", None, given)
        if spec is None or not spec.field:
            header.uses.append(use)
            continue
        if spec.field in LIST_FIELDS:
            numbered_lists.setdefault(spec.field, []).append((spec.number or 0, index))
            header.uses.append(replace(use, field=spec.field, number=spec.number))
        elif spec.number is not None and spec.field in PERSON_FIELDS:
            group = header.people.setdefault(spec.number, {})
            if spec.field in group:
                first = column_letter(group[spec.field] + 1)
                header.uses.append(replace(use, note=f"{spec} is column {first}"))
                continue
            group[spec.field] = index
            header.uses.append(replace(use, field=spec.field, number=spec.number))
        elif spec.field in header.columns:
            first = column_letter(header.columns[spec.field] + 1)
            header.uses.append(replace(use, note=f"{spec.field} is column {first}"))
        else:
            header.columns[spec.field] = index
            header.uses.append(replace(use, field=spec.field))
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
    """The organiser's 'header -> field' pairs by normalised header; raises ValueError on a bad field."""
    items = pairs.items() if isinstance(pairs, Mapping) else pairs
    return {normalise_header(header): parse_field(name) for header, name in items}
