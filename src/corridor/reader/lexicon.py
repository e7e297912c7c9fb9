"""Word lists (English, Ukrainian, Russian) the reader's rules match: categories, counted nouns, cues.

Written for Corridor from general knowledge of news and sitrep wording; Apache-2.0. Stems end in
\\w* so that Ukrainian and Russian inflections match without a morphological analyser.
"""

from __future__ import annotations

import re

from .fastre import FoldedPattern

MONTHS: dict[int, str] = {
    1: r"january|jan|січня|січень|января|январь",
    2: r"february|feb|лютого|лютий|февраля|февраль",
    3: r"march|mar|березня|березень|марта|март",
    4: r"april|apr|квітня|квітень|апреля|апрель",
    5: r"may|травня|травень|мая|май",
    6: r"june|jun|червня|червень|июня|июнь",
    7: r"july|jul|липня|липень|июля|июль",
    8: r"august|aug|серпня|серпень|августа|август",
    9: r"september|sept|sep|вересня|вересень|сентября|сентябрь",
    10: r"october|oct|жовтня|жовтень|октября|октябрь",
    11: r"november|nov|листопада|листопад|ноября|ноябрь",
    12: r"december|dec|грудня|грудень|декабря|декабрь",
}
MONTHS_RE = r"\b(?:" + "|".join(MONTHS.values()) + r")\b"

WEEKDAYS: dict[int, str] = {  # Monday = 0, as datetime.weekday()
    0: r"monday|понеділок|понеділка|понедельник",
    1: r"tuesday|вівторок|вівторка|вторник",
    2: r"wednesday|середу|середа|среду|среда",
    3: r"thursday|четвер|четверга|четверг",
    4: r"friday|п['’ʼ]ятницю|п['’ʼ]ятниця|пятницу|пятница",
    5: r"saturday|суботу|субота|субботу|суббота",
    6: r"sunday|неділю|неділя|воскресенье",
}

# (category, pattern, rank): rank is specificity, lower wins over a nearer but vaguer cue.
CATEGORY_CUES: list[tuple[str, str, int]] = [
    (
        "need_evacuation",
        (
            r"in (?:urgent )?need of evacuation|need(?:s|ed)? (?:urgent )?evacuation|"
            r"need(?:s|ed)? to be evacuated|still need to be evacuated|awaiting rescue|"
            r"потребують (?:термінової )?евакуації|потребує евакуації|необхідно евакуювати|"
            r"треба евакуювати|нуждаются в (?:срочной )?эвакуации|нуждающихся в эвакуации|"
            r"(?:want|wish|wanting|hoping) to (?:leave|be evacuated)|registered for evacuation|"
            r"хочуть виїхати|бажають виїхати|хотят выехать|желают выехать|записалися на евакуацію"
        ),
        0,
    ),
    (
        "killed",
        (
            r"(?:death toll|toll|число погибших|кількість загиблих|кількість жертв)[^.;]{0,40}?"
            r"(?:reached|rose to|risen to|climbed to|stands at|stood at|is|was|at|досягла|сягнула|"
            r"достигло|превысило|составляет|становить)"
        ),
        0,
    ),
    (
        "rescued",
        (
            r"rescued|rescuers|pulled|survivors|recovered|retrieved|"
            r"brought out (?:of|from) (?:the )?(?:ruins|rubble|debris|wreckage|building|basement)|dug out|saved|freed|released|"
            r"з-під завалів|із-під завалів|из-под завалов|дістали|витягл\w*|витягну\w*|вытащил\w*|достали|"
            r"виведен\w*|вивели|выведен\w*|вывели|врятува\w*|врятован\w*|спасен\w*|спасли|спасены|спасено|деблокова\w*|звільнен\w*|освобожден\w*"
        ),
        1,
    ),
    (
        "under_rubble",
        (
            r"(?<!from )(?:under|beneath) (?:the )?(?:rubble|debris|ruins|wreckage)|buried alive|"
            r"(?<![-з])під (?:завалами|руїнами|уламками)|(?<![-з])под (?:завалами|руинами|обломками)"
        ),
        1,
    ),
    (
        "missing",
        (
            r"missing|unaccounted for|disappeared|whereabouts (?:are )?unknown|lost contact|"
            r"не виходять на зв['’ʼ]язок|не выходят на связь|зникл\w*|безвісти|"
            r"безвести|пропал\w*|пропавш\w*|без вести"
        ),
        1,
    ),
    (
        "hostage",
        (
            r"hostages?|human shields?|held captive|rounded up|holding|held|being kept|detained|seized|"
            r"captured|abducted|kidnapped|in captivity|filtration|фільтрац\w*|фильтрац\w*|в полоні|в плену|"
            r"заручник\w*|утримують|утримуван\w*|заложник\w*|удерживают|удерживал\w*|удержива\w*|"
            r"живий щит|живой щит|живым щитом|живим щитом"
        ),
        2,
    ),
    (
        "killed",
        (
            r"killed|kill(?:ing|s)?|dead|died|deaths?|death toll|perished|lost their lives|buried|"
            r"fatalities|slain|murdered|executed|shot dead|lost (?:their|his|her) li(?:fe|ves)|"
            r"claimed (?:the )?li(?:fe|ves)|claiming (?:the )?li(?:fe|ves)|took (?:the )?li(?:fe|ves)|"
            r"забрал\w* (?:життя|жизн\w*)|забра\w* (?:життя|жизн\w*)|унесл\w* жизн\w*|обірвал\w* життя|"
            r"загиблих|погибших|вбивств\w*|убийств\w*|"
            r"розстріл\w*|расстрел\w*|гибел\w*|загибел\w*|вбил\w*|вбит\w*|вбив\w*|загину\w*|загибл\w*|загинул\w*|поховал\w*|поховано|"
            r"погиб\w*|убит\w*|убил\w*|убив\w*|похорон\w*|смерт\w*|жертв\w*"
        ),
        2,
    ),
    (
        "injured",
        (
            r"injured|injuries|wounded|hurt|hospitali[sz]ed|(?:taken|admitted|rushed|brought) to (?:a |the )?hospitals?|"
            r"(?:shrapnel|gunshot|bullet) wounds|wounds|потрапили до лікарні|доставлен\w* (?:до|в) (?:лікарн\w*|больниц\w*)|"
            r"ранени\w*|травм\w*|госпіталізова\w*|госпитализирова\w*|поранен\w*|поранення|травмован\w*|ранен\w*|"
            r"пострадал\w*|постраждал\w*"
        ),
        2,
    ),
    (
        "refugees",
        (
            r"refugees?|crossed|crossing into|entered|"
            r"(?:left|fled|leave|flee) (?:the country|ukraine|abroad)|went abroad|біженц\w*|"
            r"перетнул\w*|в['’ʼ]їхал\w*|за кордон|беженц\w*|въехал\w*|пересекл\w*|за границу"
        ),
        3,
    ),
    (
        "waiting",
        (
            r"waiting|awaiting|await|wait|stranded|stuck at|held up|queu\w*|застрягл\w*|застряг\w*|застрял\w*|застряли|"
            r"в черзі|в очереди|на виїзд|на выезд|чекають|чекали|чекає|очікують|очікує|ждут|ждали|"
            r"ожидают|ожидали|ожидает"
        ),
        3,
    ),
    (
        "arrived",
        (
            r"arrived|arriving|arrive|reached|have reached|received|got to|made it to|taken in|took in|"
            r"hosts|hosted|hosting|welcomed|поступил\w*|надійшл\w*|надходя\w*|поступа\w*|прибул\w*|"
            r"прибува\w*|приїха\w*|приїжджа\w*|дісталися|дістались|прийня\w*|прибыл\w*|прибыва\w*|добрал\w*|"
            r"приехал\w*|принял\w*|прийма\w*|were registered|зареєстрова\w*|зарегистрирова\w*"
        ),
        4,
    ),
    (
        "sheltering",
        (
            r"shelter(?:ing|ed|s)?|taking refuge|took refuge|found refuge|hiding|sought refuge|"
            r"сховищ\w*|укритт\w*|укрива\w*|переховув\w*|ховаються|перебува\w*|убежищ\w*|ночують|ночуют|"
            r"ночувал\w*|ночевал\w*|spend(?:ing)? the nights?|sleep(?:ing)? in|"
            r"укрыти\w*|укрыва\w*|прячутся|скрываются|находятся|пункт\w* (?:временного|тимчасового) "
            r"(?:размещения|розміщення)"
        ),
        4,
    ),
    ("sheltering", r"basements?|cellars?|підвал\w*|подвал\w*", 7),
    # "collected the bodies of 410 civilians": the dead, unless a nearer cue says where they lie
    ("killed", r"bodies of|тіла|тела", 6),
    (
        "evacuated",
        (
            r"evacuat\w*|left|leave|leaving|fled|flee(?:ing)?|got out|get out|escaped|deport\w*|"
            r"taken to|forcibly taken|displaced|moved out|bused out|bussed out|taken out|brought out|got away|"
            r"ferried out|driven out|relocated|made it out|managed to leave|departed|(?:have |has |had )?gone to|"
            r"went to|moved to|headed to|fled to|left for|took out|takes out|taking out|came out|came from|"
            r"walked out|вийшл\w*|виходя\w*|вийти|вышл\w*|выходя\w*|выйти|вибрал\w*|вибра\w*|"
            r"переміщен\w*|переселен\w*|перемещен\w*|переселен\w*|выбрал\w*|уехал\w*|поїхал\w*|"
            r"виїха\w*|виїжджа\w*|евакуйова\w*|"
            r"евакуюва\w*|евакуац\w*|вивез\w*|вивоз\w*|депорт\w*|залишил\w*|выехал\w*|выезжа\w*|"
            r"эвакуир\w*|эвакуац\w*|вывез\w*|вывоз\w*|покинул\w*|покинули"
        ),
        5,
    ),
    (
        "trapped",
        (
            r"trapped|remain(?:s|ed|ing)?|still (?:inside|in|there)|stayed behind|unable to leave|could not leave|"
            r"не можуть виїхати|не могут выехать|досі там|до сих пор там|stay(?:ing|ed|s)?|stuck|besieged|"
            r"blockaded|cut off|encircled|living under|в оточенні|в окружении|inside (?:the )?(?:city|town|besieged \w+)|under (?:constant )?(?:shelling|fire|siege)|"
            r"залишаю\w*|залишає\w*|лишаю\w*|лишає\w*|заблокован\w*|опинил\w*|під обстріл\w*|"
            r"в облозі|оста[юё]тся|остается|остались|заблокирован\w*|в осаде|под обстрел\w*"
        ),
        6,
    ),
]
CATEGORY_RES: list[tuple[str, FoldedPattern, int]] = [
    (c, FoldedPattern(rf"(?<!\w)(?:{p})(?!\w)"), r) for c, p, r in CATEGORY_CUES
]

# Counted nouns: pattern -> canonical noun.
COUNTED: list[tuple[str, str]] = [
    (r"civilians?|мирн\w+ (?:жител\w*|мешкан\w*|населен\w*)|цивільн\w*", "civilians"),
    (
        (
            r"(?:peaceful |local )?(?:residents|inhabitants|locals)|жител\w*|мешканц\w*|мешканці|горожан\w*|"
            r"маріупол\w*ц\w*|мариупол\w*ц\w*"
        ),
        "residents",
    ),
    (r"children|kids|minors|babies|дітей|діти|дитин\w*|детей|дети|ребен\w*|ребён\w*|немовлят", "children"),
    (
        (
            r"staff|employees|workers|medics|співробітник\w*|працівник\w*|медик\w*|сотрудник\w*|персонал\w*|"
            r"работник\w*"
        ),
        "staff",
    ),
    (r"patients|пацієнт\w*|пациент\w*", "patients"),
    (r"doctors|лікар\w*|врач\w*", "doctors"),
    (r"families|сімей|родин|семей|семьи", "families"),
    (r"(?:private )?cars|автомобіл\w*|автівок|авто|машин\w*|автомобил\w*", "cars"),
    (r"buses|автобус\w*", "buses"),
    (r"trucks|lorries|вантажів\w*|грузовик\w*|фур\b", "trucks"),
    (r"vehicles|транспортн\w+ засоб\w*|транспортн\w+ средств\w*", "vehicles"),
    (r"refugees|біженц\w*|беженц\w*", "refugees"),
    (r"bodies|тіл|тел", "bodies"),
    (r"drivers|водії\w*|водіїв|водител\w*", "drivers"),
    (r"soldiers|troops|servicemen|військов\w*|военн\w*|солдат\w*", "soldiers"),
    (r"generals|генерал\w*", "generals"),
    (r"(?:leading )?officers|офіцер\w*|офицер\w*", "officers"),
    (r"women|жінок|женщин", "women"),
    (
        (
            r"people|persons|individuals|ukrainians|russians|men|людей|люди|людини|осіб|особи|українц\w*|"
            r"человек\w*|граждан\w*|громадян\w*"
        ),
        "people",
    ),
]
COUNTED_ALT = "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(COUNTED))
COUNTED_AFTER = re.compile(
    rf"[\s,–—-]*(?:of\s+(?:the\s+|them\s+|these\s+)?)?(?:(?:more|other|further|local|peaceful|private|"
    rf"civilian|leading|premature|wounded|ukrainian|russian|mariupol|elderly|displaced|additional|"
    rf"[a-z]+|[a-zа-яіїєґ'’-]+(?:ої|ого|их|іх|ых|ий|ый|ая|а|і|их))\s+){{0,2}}(?:{COUNTED_ALT})(?!\w)",
    re.IGNORECASE,
)
VEHICLES = {"cars", "buses", "trucks", "vehicles"}
PEOPLE = {c for _, c in COUNTED} - VEHICLES - {"bodies"}

# Word-list patterns asked of every sentence with a figure are FoldedPatterns (fastre): written in
# lower case, run on the lower-cased sentence.
FACILITIES = FoldedPattern(
    r"(?<!\w)(?:(?:the|a|an)\s+)?(?:(?:regional\s+|city\s+|maternity\s+|children's\s+|intensive\s+care\s+"
    r"|drama\s+|art\s+|sports\s+)*(?:hospital|theatre|theater|school|maternity ward|shelter|mosque|"
    r"church|stadium|swimming pool|sports centre|mall)(?:\s+(?:no\.?\s?\d+|number\s+\w+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|\d+))?|azovstal(?:\s+(?:steelworks|steel plant|plant))?|"
    r"драм(?:атичн\w+\s+)?театр\w*|театр\w*|лікарн\w*(?:\s+№\s?\d+)?|пологов\w+ будин\w*|"
    r"школ\w*(?:\s+№\s?\d+)?|больниц\w*(?:\s+№\s?\d+)?|роддом\w*|азовстал\w*|сховищ\w*|убежищ\w*)(?!\w)"
)

HEDGES = FoldedPattern(
    r"(?<!\w)(?:reportedly|it is reported|it was reported|say reports|reports suggest|according to reports|"
    r"are believed|is believed|were believed|believed to|may have|might|may|could|likely|unconfirmed|"
    r"it is unknown how many|it was not (?:immediately )?clear|not yet known|could not be (?:independently )?"
    r"verified|hard to verify|cannot be verified|estimated|estimate|ймовірно|імовірно|можуть|може|"
    r"за попередніми даними|попередньо|орієнтовно|предположительно|могут|может|по предварительным данным|"
    r"вероятно|по неподтвержденным данным|за неперевіреними даними)(?!\w)"
)
# A sentence that casts doubt on the figures of the sentence before it.
DOUBT_NEXT = re.compile(
    r"(?:could not be (?:independently )?verified|cannot be (?:independently )?verified|hard to verify|"
    r"не вдалося (?:незалежно )?перевірити|неможливо перевірити|не удалось (?:независимо )?проверить|"
    r"невозможно проверить)",
    re.IGNORECASE,
)

CHANNELS: list[tuple[str, str]] = [
    (r"telegram|телеграм\w*|телеграм-канал\w*", "Telegram"),
    (r"facebook|фейсбук\w*", "Facebook"),
    (r"twitter|твіттер\w*|твиттер\w*", "Twitter"),
    (
        (
            r"televised address|television address|video address|video message|address to the nation|"
            r"телезверненн\w*|відеозверненн\w*|звернен\w*|видеообращени\w*|обращени\w*"
        ),
        "televised address",
    ),
    (r"un briefing|news briefing|briefing|брифінг\w*|брифинг\w*", "briefing"),
    (r"press conference|прес-конференц\w*|пресс-конференц\w*", "press conference"),
    (r"in a statement|statement|заяв\w*", "statement"),
    (r"intelligence update", "intelligence update"),
    (r"told reporters|told journalists|журналіст\w*|журналист\w*", "press"),
    (r"on television|on tv|телемарафон\w*|в эфире|в ефірі", "television"),
    (r"instagram", "Instagram"),
]
CHANNEL_RES = [(FoldedPattern(rf"(?<!\w)(?:{p})(?!\w)"), c) for p, c in CHANNELS]
CHANNEL_ANY = FoldedPattern(r"(?<!\w)(?:" + "|".join(p for p, _ in CHANNELS) + r")(?!\w)")

# Words that make a capitalised phrase an organisation rather than a person.
ORG_WORDS = re.compile(
    r"(?<!\w)(?:council|committee|cross|crescent|ministry|office|administration|agency|authorities|"
    r"government|service|guards?|police|organi[sz]ation|fund|programme|union|federation|association|"
    r"society|foundation|institute|centre|center|bureau|мэри\w*|мері\w*|влад\w*|власт\w*|"
    r"army|forces|kremlin|commission|nations|UN|UNHCR|OHCHR|IOM|ICRC|"
    r"UNICEF|WHO|OCHA|MSF|department|headquarters|regiment|brigade|prosecutor|parliament|rada|ради|рада|"
    r"совет\w*|рад[аи]|ООН|ОВА|ОДА|міністерств\w*|министерств\w*|минобороны|мвс|мвд|офіс\w*|офис\w*|"
    r"управлінн\w*|управлени\w*|ЮНІСЕФ|ЮНИСЕФ|УВКБ|горсовет\w*|міськрад\w*|адміністрац\w*|администрац\w*|"
    r"ДНР|ЛНР|ДСНС|МЧС|поліці\w*|полици\w*|штаб\w*|служб\w*|Red Cross|Moscow|Kyiv|Russia|Ukraine|"
    r"Росія|Россия|Україна|Украина|Москва|Київ|Киев|Poland|officials?|sources?|spokes\w+)(?!\w)",
    re.IGNORECASE,
)
