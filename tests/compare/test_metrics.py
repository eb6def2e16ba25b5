"""Journey metrics: the maths against hand-computed values, the survey file's errors, the
command, and a curve driven by a metric."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjdesigner.cli import main
from cjdesigner.compare.metrics import (
    MIN_ANSWERS,
    SurveyError,
    metric_text,
    read_survey_text,
    step_metrics,
    store_metrics,
    summarise,
    t95,
    wilson,
)
from cjdesigner.fileio import dumps, load, save
from cjdesigner.model import LaneKind, Metric, StepMetric, curve_values
from cjdesigner.model.sample import sample_map
from tests.edit_helpers import set_fields


def close(value: float | None, expected: float) -> bool:
    return value is not None and abs(value - expected) < 0.01


# -- the maths, against values worked out by hand --------------------------------------


def test_csat_is_the_share_of_satisfied_answers_with_a_wilson_interval() -> None:
    # 7 of 10 answers are 4 or 5. Wilson, z = 1.96: centre (0.7 + 1.9208/10) / 1.38415
    # = 0.64449, half 1.96 * sqrt(0.021 + 0.0096036) / 1.38415 = 0.24772
    metric = summarise(Metric.CSAT, [5, 4, 3, 5, 2, 4, 5, 1, 4, 5])
    assert (metric.score, metric.n) == (70.0, 10)
    assert close(metric.low, 39.68) and close(metric.high, 89.22)


def test_wilson_stays_inside_zero_and_one() -> None:
    low, high = wilson(0, 5)
    assert close(low * 100, 0) and close(high * 100, 43.45)  # 3.8415 / (5 + 3.8415)
    low, high = wilson(5, 5)
    assert close(low * 100, 56.55) and close(high * 100, 100)
    assert all(0 <= v <= 1 for n in range(1, 30) for k in range(n + 1) for v in wilson(k, n))


def test_ces_is_the_mean_with_a_student_t_interval() -> None:
    # mean 3.4; s² = (1.96 + 0.16 + 0.16 + 0.36 + 2.56) / 4 = 1.3, s = 1.14018;
    # t(0.975, 4) = 2.7764; half = 2.7764 * 1.14018 / sqrt(5) = 1.41569
    metric = summarise(Metric.CES, [2, 3, 3, 4, 5])
    assert (metric.score, metric.n) == (3.4, 5)
    assert close(metric.low, 1.98) and close(metric.high, 4.82)
    single = summarise(Metric.CES, [4])
    assert (single.score, single.low, single.high) == (4.0, None, None)
    wide = summarise(Metric.CES, [1, 7])  # the interval is kept within 1…7
    assert (wide.low, wide.high) == (1.0, 7.0)


def test_student_t_quantiles() -> None:
    assert t95(4) == 2.7764 and t95(30) == 2.0423
    assert 2.0423 > t95(35) > 2.0211  # between the rows for 30 and 40
    assert close(t95(35), 2.0301)  # exact: 2.0301
    assert close(t95(10_000), 1.9602)


def test_nps_is_promoters_minus_detractors_with_an_adjusted_wald_interval() -> None:
    # 5 promoters (9-10), 2 passives (7-8), 3 detractors (0-6) of 10: NPS = 50 - 30 = 20.
    # Adjusted: n' = 13, p' = 5.75/13 = 0.44231, d' = 3.75/13 = 0.28846, nps' = 0.15385;
    # var = (0.44231 + 0.28846 - 0.02367) / 13 = 0.05439; half = 1.96 * 0.23322 = 0.45711
    metric = summarise(Metric.NPS, [10, 9, 9, 8, 7, 6, 3, 10, 9, 0])
    assert (metric.score, metric.n) == (20.0, 10)
    assert close(metric.low, -30.33) and close(metric.high, 61.10)


def test_nps_extremes_stay_within_its_range() -> None:
    everyone = summarise(Metric.NPS, [10] * 3)
    assert everyone.score == 100 and everyone.high == 100 and close(everyone.low, -6.58)
    nobody = summarise(Metric.NPS, [0] * 50)
    assert nobody.score == -100 and nobody.low == -100 and nobody.high < -80


def test_metric_text_says_when_there_are_too_few_answers() -> None:
    few = summarise(Metric.CSAT, [5, 4, 3, 5, 2, 4, 5, 1, 4, 5])
    assert metric_text(few) == "CSAT 70 % (40–89), n = 10, too few answers"
    many = summarise(Metric.NPS, [10] * 40 + [0] * 10)
    assert many.n >= MIN_ANSWERS
    # n' = 53, p' = 40.75/53 = 0.76887, d' = 10.75/53 = 0.20283, nps' = 0.56604,
    # var = (0.76887 + 0.20283 - 0.32040) / 53 = 0.012289, half = 1.96 * 0.11085 = 0.21727
    assert metric_text(many) == "NPS +60 (35–78), n = 50"


# -- survey files -------------------------------------------------------------------------

GOOD = (
    "respondent,step,metric,score,date\n"
    "r1,Sees an advert,CSAT,5,2026-03-01\n"
    "r2,step-ad,csat,2,2026-03-04\n"
    "r1,Orders online,NPS,9,2026-03-02\n"
    "r2,orders online,nps,3,\n"
    "r3,Orders online,NPS,10,2026-03-02\n"
    "r1,Orders online,CES,2,2026-03-02\n"
)


def test_survey_rows_by_step_name_or_id() -> None:
    answers = read_survey_text(GOOD, sample_map())
    assert [(a.row, a.step_id, a.metric, a.score) for a in answers][:2] == [
        (2, "step-ad", Metric.CSAT, 5),
        (3, "step-ad", Metric.CSAT, 2),
    ]
    found = step_metrics(answers, "survey.csv")
    assert [m.metric for m in found["step-order"]] == [Metric.CES, Metric.NPS]
    csat = found["step-ad"][0]
    assert (csat.score, csat.n, csat.source) == (50.0, 2, "survey.csv, 2026-03-01…2026-03-04")
    nps = found["step-order"][1]
    assert close(nps.score, 100 * (2 - 1) / 3)


def test_every_bad_row_is_reported_with_its_number_and_nothing_is_read() -> None:
    text = (
        "Respondent;Step;Metric;Score;Date\n"
        "r1;Sees an advert;CSAT;6;2026-03-01\n"  # out of range
        "r2;Pays cash;CSAT;3;2026-03-01\n"  # unknown step
        "r3;Sees an advert;happiness;3;2026-03-01\n"  # unknown metric
        "r4;Sees an advert;NPS;nine;2026-03-01\n"  # not a number
        "r5;Sees an advert;CES;0;1 March\n"  # out of range and a bad date
        "r6;Sees an advert;NPS;9;2026-03-01\n"  # good
    )
    with pytest.raises(SurveyError) as info:
        read_survey_text(text, sample_map())
    assert info.value.problems == [
        "row 2: CSAT score 6 is out of range (1–5)",
        "row 3: unknown step 'Pays cash' (no step has that name or id)",
        "row 4: unknown metric 'happiness' (expected CSAT, CES or NPS)",
        "row 5: score 'nine' is not a whole number",
        "row 6: CES score 0 is out of range (1–7)",
        "row 6: date '1 March' is not a date such as 2026-03-14",
    ]
    assert str(info.value).startswith("6 problems, nothing imported:")


def test_a_name_two_steps_share_must_be_an_id() -> None:
    doc = sample_map()
    set_fields(doc, "step", doc.stages[1].steps[0].id, name="Sees an advert")
    with pytest.raises(SurveyError) as info:
        read_survey_text("respondent,step,metric,score,date\nr,Sees an advert,CSAT,4,\n", doc)
    assert info.value.problems == [
        "row 2: step 'Sees an advert' names 2 steps; give its id (step-ad, step-compare)"
    ]


def test_missing_columns_and_empty_files() -> None:
    with pytest.raises(SurveyError, match="row 1: the header lacks metric, date"):
        read_survey_text("respondent,step,score\n", sample_map())
    with pytest.raises(SurveyError, match="the file is empty"):
        read_survey_text(b"", sample_map())


def test_stored_metrics_replace_those_of_the_same_kind() -> None:
    doc = sample_map()
    set_fields(doc, "step", "step-order", metrics=[StepMetric(metric=Metric.CSAT, score=80, n=100),
                                                  StepMetric(metric=Metric.NPS, score=0, n=5)])
    edit = store_metrics(doc, step_metrics(read_survey_text(GOOD, doc)))
    before = dumps(doc)
    undo = edit.apply(doc)
    step = doc.find_step("step-order")[1]  # edits replace items: look it up again
    assert [(m.metric, m.n) for m in step.metrics] == [
        (Metric.CSAT, 100), (Metric.CES, 1), (Metric.NPS, 3)]
    undo.apply(doc)
    assert dumps(doc) == before


def test_a_curve_follows_a_metric_where_steps_have_it() -> None:
    doc = sample_map()
    # scale −2…+2, points at step-ad (0) and step-order (1)
    set_fields(doc, "step", "step-review", metrics=[StepMetric(metric=Metric.CSAT, score=75, n=40)])
    set_fields(doc, "step", "step-order", metrics=[StepMetric(metric=Metric.CES, score=2.5, n=40)])
    set_fields(doc, "curve", doc.curves[0].id, metric=Metric.CSAT)
    curve = doc.curves[0]
    values = {v.step_id: v.value for v in curve_values(doc, curve)}
    assert values["step-review"] == 1.0  # 75 % of 0…100 → 75 % of −2…+2
    assert values["step-order"] == 1.0  # no CSAT there: the point set by hand
    set_fields(doc, "curve", curve.id, metric=Metric.CES)
    curve = doc.curves[0]
    values = {v.step_id: v.value for v in curve_values(doc, curve)}
    assert values["step-order"] == 1.0  # CES 2.5 of 1…7, lower is better: 0.75 → +1


# -- the command --------------------------------------------------------------------------


def test_cli_stores_metrics_in_the_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "map.cjm"
    save(sample_map(), path)
    survey = tmp_path / "survey.csv"
    survey.write_text(GOOD, encoding="utf-8")
    assert main(["metrics", str(survey), str(path)]) == 0
    out = capsys.readouterr().out
    assert "Sees an advert: CSAT 50 % (9–91), n = 2, too few answers" in out
    doc = load(path)
    assert [m.metric for m in doc.find_step("step-order")[1].metrics] == [Metric.CES, Metric.NPS]
    assert (tmp_path / "map.cjm.bak").exists()
    # the sample has no KPIs lane: one is added, where the metrics show
    assert (doc.lanes[-1].title, doc.lanes[-1].kind) == ("Journey metrics", LaneKind.KPIS)
    assert main(["metrics", str(survey), str(path)]) == 0  # a second import adds no lane
    assert sum(lane.kind is LaneKind.KPIS for lane in load(path).lanes) == 1


def test_cli_bad_survey_changes_nothing(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "map.cjm"
    save(sample_map(), path)
    before = path.read_bytes()
    survey = tmp_path / "survey.csv"
    survey.write_text(GOOD + "r9,Nowhere,CSAT,3,\n", encoding="utf-8")
    assert main(["metrics", str(survey), str(path)]) == 1
    err = capsys.readouterr().err
    assert "row 8: unknown step 'Nowhere'" in err and "nothing imported" in err
    assert path.read_bytes() == before
