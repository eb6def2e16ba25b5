"""Small maps written in one language each (the sample map's structure), for the text
engine's tests and for looking at exports."""

from __future__ import annotations

from cjdesigner.model import JourneyMap
from cjdesigner.model.sample import sample_map

#: per language: map title, stage names, step names, lane titles, card (title, description)
TEXTS: dict[str, dict[str, list[str] | list[tuple[str, str]] | str]] = {
    "ar": {
        "title": "رحلة العميل في المتجر",
        "stages": ["الوعي", "القرار"],
        "steps": ["يرى إعلانًا", "يقرأ المراجعات", "يقارن الأسعار", "يطلب عبر الإنترنت"],
        "lanes": ["إجراءات العميل", "نقاط الاتصال", "المشاعر", "نقاط الألم", "الفرص"],
        "cards": [("يلاحظ لافتة إعلانية", ""), ("يقرأ ثلاث مراجعات", ""),
                  ("الأسعار صعبة المقارنة", "كل متجر يعرض باقة مختلفة مع ضريبة VAT 15% على الفاتورة"),
                  ("دليل المقارنة", ""), ("صفحة الدفع", "")],
    },
    "he": {
        "title": "מסע הלקוח בחנות",
        "stages": ["מודעות", "החלטה"],
        "steps": ["רואה פרסומת", "קורא ביקורות", "משווה מחירים", "מזמין באתר"],
        "lanes": ["פעולות הלקוח", "נקודות מגע", "רגשות", "נקודות כאב", "הזדמנויות"],
        "cards": [("שם לב למודעה", ""), ("קורא שלוש ביקורות", ""),
                  ("קשה להשוות מחירים", "כל חנות מציגה חבילה אחרת עם מע״מ 17% בסוף"),
                  ("מדריך השוואה", ""), ("עמוד התשלום", "")],
    },
    "hi": {
        "title": "दुकान में ग्राहक की यात्रा",
        "stages": ["जागरूकता", "निर्णय"],
        "steps": ["विज्ञापन देखता है", "समीक्षाएँ पढ़ता है", "कीमतों की तुलना", "ऑनलाइन ऑर्डर"],
        "lanes": ["ग्राहक की गतिविधियाँ", "संपर्क बिंदु", "भावनाएँ", "समस्याएँ", "अवसर"],
        "cards": [("एक बैनर देखता है", ""), ("तीन समीक्षाएँ पढ़ता है", ""),
                  ("कीमतों की तुलना कठिन है", "हर दुकान अलग पैकेज दिखाती है और क्षेत्रीय कर जोड़ती है।"),
                  ("तुलना मार्गदर्शिका", ""), ("भुगतान पृष्ठ", "")],
    },
    "th": {
        "title": "เส้นทางของลูกค้าในร้านค้า",
        "stages": ["การรับรู้", "การตัดสินใจ"],
        "steps": ["เห็นโฆษณา", "อ่านรีวิว", "เปรียบเทียบราคา", "สั่งซื้อออนไลน์"],
        "lanes": ["การกระทำของลูกค้า", "จุดสัมผัส", "ความรู้สึก", "ปัญหา", "โอกาส"],
        "cards": [("สังเกตเห็นป้ายโฆษณา", ""), ("อ่านรีวิวสามรายการ", ""),
                  ("เปรียบเทียบราคายาก", "แต่ละร้านแสดงแพ็กเกจที่แตกต่างกันทำให้ลูกค้าสับสนมาก"),
                  ("คู่มือการเปรียบเทียบ", ""), ("หน้าชำระเงิน", "")],
    },
    "zh": {
        "title": "商店里的客户旅程",
        "stages": ["认知", "决策"],
        "steps": ["看到广告", "阅读评价", "比较价格", "在线下单"],
        "lanes": ["客户行为", "接触点", "情绪", "痛点", "机会"],
        "cards": [("注意到横幅广告", ""), ("阅读三条评价", ""),
                  ("价格难以比较", "每家商店提供不同的套餐，顾客很难做出选择。"),
                  ("比较指南", ""), ("结账页面", "")],
    },
    "da": {
        "title": "Kundens rejse i butikken på Østerbro",
        "stages": ["Opmærksomhed", "Beslutning"],
        "steps": ["Ser en reklame", "Læser anmeldelser", "Sammenligner priser", "Bestiller på nettet"],
        "lanes": ["Kundens handlinger", "Kontaktpunkter", "Følelser", "Smertepunkter", "Muligheder"],
        "cards": [("Bemærker et banner på Østerbro", ""), ("Læser tre anmeldelser", ""),
                  ("Priser er svære at sammenligne", "Hver butik viser en forskellig pakke – med moms på 25 %."),
                  ("Sammenligningsguide", ""), ("Betalingsside", "")],
    },
}


def script_map(language: str) -> JourneyMap:
    """The sample map with every text in ``language`` (a key of :data:`TEXTS`)."""
    texts = TEXTS[language]
    doc = sample_map()
    stage_names = iter(texts["stages"])
    step_names = iter(texts["steps"])
    stages = [
        stage.model_copy(update={
            "name": next(stage_names),
            "steps": [step.model_copy(update={"name": next(step_names)}) for step in stage.steps],
        })
        for stage in doc.stages
    ]
    lanes = [lane.model_copy(update={"title": title})
             for lane, title in zip(doc.lanes, texts["lanes"], strict=False)]
    cards = [card.model_copy(update={"title": t, "description": d})
             for card, (t, d) in zip(doc.cards, texts["cards"], strict=False)]
    meta = doc.meta.model_copy(update={"title": texts["title"], "language": language})
    return doc.model_copy(update={"stages": stages, "lanes": lanes, "cards": cards, "meta": meta})
