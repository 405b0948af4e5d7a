"""Trigger words of the event ontology (:mod:`timeline.events.triggers`) in Russian, Ukrainian,
Korean, French and Spanish, the words that set a happening's mode, and English names of
actors that transliteration would spell badly.

Russian and Ukrainian entries are dictionary forms (pymorphy3's, both aspects of a verb);
Korean ones Kiwi's morphemes (the noun of a 하다 verb: 공격(하다)); French and Spanish ones
are word beginnings, matched against lower-cased words ("atac" → atacó, atacaron, ataque).
Say-verbs ("заявить", "밝히다", "declarar") are statements, taken only when a sentence has
nothing better, as in English.
"""
from __future__ import annotations


def _types(**groups: str) -> dict[str, str]:
    """``attack="атаковать атака ..."`` → {"атаковать": "attack", ...}."""
    return {word: event_type for event_type, words in groups.items() for word in words.split()}


TRIGGERS: dict[str, dict[str, str]] = {
    "ru": _types(
        attack="атаковать атака обстрелять обстреливать обстрел ударить удар бомбить бомбардировка бомбардировать "
               "штурмовать штурм наступление наступать убить убивать ранить сбить обстрелять атаковывать "
               "нападение напасть вторжение поразить",
        meet="встретиться встречаться встреча переговоры саммит",
        visit="прибыть прибывать посетить посещать визит прилететь приехать посещение",
        statement="заявить заявлять сообщить сообщать объявить объявлять заявление подтвердить",
        warn="предупредить предупреждать пригрозить угрожать предупреждение угроза",
        condemn="осудить осуждать обвинить обвинять раскритиковать критиковать",
        support="поддержать поддерживать поддержка пообещать",
        agree="подписать подписывать договориться соглашение договор согласиться перемирие",
        aid="помощь",
        supply="поставить поставлять поставка передать передавать",
        deploy="направить развернуть перебросить разместить дислоцировать отправить развертывание переброска",
        protest="протест протестовать митинг демонстрация",
        arrest="задержать задерживать арестовать арест задержание приговорить",
        sanction="санкция",
        disaster="наводнение землетрясение ураган паводок",
        accident="авария крушение катастрофа взрыв пожар",
        election="выборы избрать голосование",
        other="отставка назначить освободить",
    ),
    "uk": _types(
        attack="атакувати атака обстріляти обстрілювати обстріл ударити удар завдати бомбардувати бомбардування "
               "штурмувати штурм наступ вбити убити поранити збити напад напасти вторгнення уразити",
        meet="зустрітися зустрічатися зустріч переговори саміт",
        visit="прибути прибувати відвідати відвідувати візит прилетіти приїхати",
        statement="заявити заявляти повідомити повідомляти оголосити заява підтвердити",
        warn="попередити попереджати погрожувати пригрозити попередження загроза",
        condemn="засудити засуджувати звинуватити звинувачувати розкритикувати",
        support="підтримати підтримувати підтримка пообіцяти",
        agree="підписати підписувати домовитися угода договір погодитися перемир'я",
        aid="допомога",
        supply="постачати поставити постачання поставка передати передавати",
        deploy="розгорнути перекинути розмістити направити відправити",
        protest="протест протестувати мітинг демонстрація",
        arrest="затримати затримувати заарештувати арешт затримання",
        sanction="санкція",
        disaster="повінь землетрус ураган",
        accident="аварія катастрофа вибух пожежа",
        election="вибори обрати голосування",
        other="відставка призначити звільнити",
    ),
    "ko": _types(
        attack="공격 공습 포격 폭격 타격 습격 침공 교전 격추 살해 사살",
        meet="회담 회동 만나 접견 정상회담 회의",
        visit="방문 도착 방북 방러 방한 순방",
        statement="발표 밝히 말하 강조 전하 언급",
        warn="경고 위협",
        condemn="규탄 비난 비판",
        support="지지",
        agree="서명 합의 체결 조약 협정",
        aid="지원 원조",
        supply="공급 제공 인도",
        deploy="파병 배치 파견 투입",
        protest="시위 집회",
        arrest="체포 구속 검거",
        sanction="제재",
        disaster="지진 홍수 태풍",
        accident="사고 폭발 화재",
        election="선거 당선",
        other="사임 임명",
    ),
    "es": _types(
        attack="atac ataque bombarde ofensiv asesin mató mataron dispar invadi invasión",
        meet="reuni reunión cumbre entrevist negoci conversaciones",
        visit="visit llegó llegaron llegada viaj",
        statement="anunci declar afirm dijo aseguró informó",
        warn="advirti advert amenaz",
        condemn="conden critic acus",
        support="apoy respald",
        agree="firm acuerdo acord tratado pacto",
        aid="ayuda",
        supply="suministr entreg",
        deploy="despleg despliegue",
        protest="protest manifest",
        arrest="detuv deten arrest captur",
        sanction="sancion",
        disaster="terremoto sismo inundaci huracán",
        accident="accidente choque explosi incendio",
        election="elecci elegid",
        other="dimit renunci nombr",
    ),
    "fr": _types(
        attack="attaqu frapp bombard offensiv tué tués tuée",
        meet="rencontr réuni sommet entretien pourparlers négoci",
        visit="visit arriv",
        statement="annonc déclar affirm indiqu",
        warn="avert menac",
        condemn="condamn critiqu accus",
        support="soutien soutenu soutient appuy",
        agree="sign accord traité",
        aid="aide",
        supply="livr fourni livraison",
        deploy="déploi déploy",
        protest="manifest protest",
        arrest="arrêt interpell détenu",
        sanction="sanction",
        disaster="séisme tremblement inondation ouragan",
        accident="accident explosion incendie",
        election="élection élu",
        other="démission nomm",
    ),
}

#: verbs of saying: statements only when the sentence has no other trigger
SAY_WORDS = {
    "ru": {"заявить", "заявлять", "сообщить", "сообщать", "заявление"},
    "uk": {"заявити", "заявляти", "повідомити", "повідомляти", "заява"},
    "ko": {"밝히", "말하", "전하", "언급"},
    "es": {"dijo", "declar", "afirm", "aseguró", "informó"},
    "fr": {"déclar", "affirm", "indiqu"},
}

#: words before a trigger (within three words) that deny it
NEGATIONS = {"ru": {"не"}, "uk": {"не"}, "es": {"no", "nunca"}, "fr": {"ne", "n", "pas"}, "ko": set()}
#: Korean negation follows the verb: 않/못/안
KOREAN_NEGATIONS = {"않", "못", "안"}
#: words near a trigger that make it planned (or, for THREATS, threatened)
PLANS = {
    "ru": {"будет", "будут", "планировать", "намереваться", "собираться", "намерен", "планирует", "планируют",
           "предстоящий", "запланировать", "должен"},
    "uk": {"буде", "будуть", "планувати", "збиратися", "намір", "має", "запланувати", "майбутній", "мусити"},
    "es": {"planea", "prevé", "previsto", "prevista", "va", "van", "próxima", "próximo", "celebrará"},
    "fr": {"prévoit", "prévu", "prévue", "va", "vont", "doit", "doivent", "prochain", "prochaine"},
    "ko": {"예정", "계획", "방침"},
}
THREATS = {
    "ru": {"пригрозить", "угрожать"}, "uk": {"пригрозити", "погрожувати"}, "es": {"amenaz"}, "fr": {"menac"},
    "ko": {"위협"},
}

#: English names of people and bodies the story's sources name, where transliteration would not
#: give the name English news uses ("Ким Чен Ын" → "Kim Chen Yn"; Hangul is not transliterated)
KNOWN_ACTORS = {
    "ким чен ын": "Kim Jong Un", "ким чен ин": "Kim Jong Un", "ким чен ир": "Kim Jong Il",
    "чвэ сон хи": "Choe Son Hui", "цой сон хи": "Choe Son Hui", "чве сон хі": "Choe Son Hui",
    "чвє сон хі": "Choe Son Hui", "лавров": "Sergei Lavrov", "сергей лавров": "Sergei Lavrov",
    "сергій лавров": "Sergei Lavrov", "путин": "Vladimir Putin", "путін": "Vladimir Putin",
    "владимир путин": "Vladimir Putin", "володимир путін": "Vladimir Putin",
    "зеленский": "Volodymyr Zelensky", "зеленський": "Volodymyr Zelensky",
    "владимир зеленский": "Volodymyr Zelensky", "володимир зеленський": "Volodymyr Zelensky",
    "трамп": "Donald Trump", "дональд трамп": "Donald Trump", "рубио": "Marco Rubio", "рубіо": "Marco Rubio",
    "шойгу": "Sergei Shoigu", "сергей шойгу": "Sergei Shoigu", "сергій шойгу": "Sergei Shoigu",
    "мид": "Foreign Ministry", "мзс": "Foreign Ministry", "минобороны": "Defence Ministry",
    "міноборони": "Defence Ministry", "всу": "Armed Forces of Ukraine", "зсу": "Armed Forces of Ukraine",
    "генштаб": "General Staff", "оон": "United Nations", "нато": "NATO", "кцна": "KCNA", "тасс": "TASS",
    "риа новости": "RIA Novosti", "укрінформ": "Ukrinform",
    "김정은": "Kim Jong Un", "라브로프": "Sergei Lavrov", "푸틴": "Vladimir Putin", "젤렌스키": "Volodymyr Zelensky",
    "최선희": "Choe Son Hui", "트럼프": "Donald Trump", "시진핑": "Xi Jinping", "루비오": "Marco Rubio",
    "쇼이구": "Sergei Shoigu", "이재명": "Lee Jae-myung", "윤석열": "Yoon Suk Yeol", "조선중앙통신": "KCNA",
    "연합뉴스": "Yonhap", "국방부": "Defence Ministry", "외교부": "Foreign Ministry", "합동참모본부": "Joint Chiefs of Staff",
    "합참": "Joint Chiefs of Staff", "유엔": "United Nations", "나토": "NATO",
    "serguéi lavrov": "Sergei Lavrov", "sergueï lavrov": "Sergei Lavrov", "lavrov": "Sergei Lavrov",
    "kim jong un": "Kim Jong Un", "kim jong-un": "Kim Jong Un", "vladímir putin": "Vladimir Putin",
    "vladimir poutine": "Vladimir Putin", "poutine": "Vladimir Putin", "putin": "Vladimir Putin",
    "zelenski": "Volodymyr Zelensky", "zelensky": "Volodymyr Zelensky", "otan": "NATO", "onu": "United Nations",
}
