package dev.attest.report.service;

import java.util.Map;

import dev.attest.platform.i18n.Language;
import dev.attest.platform.i18n.LocalizedText;

/** The fixed words of the PDF report, in every language Attest writes. */
final class ReportLabels {

    static final LocalizedText TITLE = LocalizedText.of("Privacy self-assessment report",
            "Отчёт о самооценке защиты персональных данных");
    static final LocalizedText DISCLAIMER = LocalizedText.of(
            "A self-assessment aid, not legal advice: treat the findings as likely gaps and confirm them with counsel.",
            "Это инструмент самопроверки, а не юридическая консультация: считайте выводы вероятными пробелами и обсудите их с юристом.");
    static final LocalizedText ASSESSMENT = LocalizedText.of("Assessment", "Оценка");
    static final LocalizedText EVALUATED_ON = LocalizedText.of("Evaluated on", "Дата оценки");
    static final LocalizedText OVERALL = LocalizedText.of("Overall score", "Общая оценка");
    static final LocalizedText SCORE = LocalizedText.of("%d out of 100", "%d из 100");
    static final LocalizedText BY_FRAMEWORK = LocalizedText.of("Scores by framework", "Оценка по направлениям");
    static final LocalizedText NOT_APPLICABLE = LocalizedText.of("not applicable", "не применяется");
    static final LocalizedText NOT_ASSESSED = LocalizedText.of("not assessed", "не оценивалось");
    static final LocalizedText APPLICABILITY = LocalizedText.of("Which rules apply and why", "Какие требования применяются и почему");
    static final LocalizedText APPLIES = LocalizedText.of("applies", "применяется");
    static final LocalizedText DOES_NOT_APPLY = LocalizedText.of("does not apply", "не применяется");
    static final LocalizedText UNVERIFIED = LocalizedText.of("(rests on a \"don't know\" answer: find out)",
            "(основано на ответе «не знаю»: уточните)");
    static final LocalizedText FINDINGS = LocalizedText.of("Findings", "Выявленные проблемы");
    static final LocalizedText NO_FINDINGS = LocalizedText.of("No gaps found.", "Пробелов не найдено.");
    static final LocalizedText FIX_FIRST = LocalizedText.of("Fix these first", "Исправьте в первую очередь");
    static final LocalizedText MEDIUM_GROUP = LocalizedText.of("Then these", "Затем эти");
    static final LocalizedText LOW_GROUP = LocalizedText.of("When you can", "Когда будет возможность");
    static final LocalizedText SEVERITY = LocalizedText.of("Severity", "Важность");
    static final LocalizedText CITATION = LocalizedText.of("Provision", "Норма");
    static final LocalizedText TRIGGERED_BY = LocalizedText.of("Your answers behind it", "На основании ваших ответов");
    static final LocalizedText STEPS = LocalizedText.of("What to do", "Что сделать");
    static final LocalizedText STEPS_DONE = LocalizedText.of("%d of %d done", "сделано %d из %d");
    static final LocalizedText DEADLINES = LocalizedText.of("Clocks to keep", "Сроки, которые нужно соблюдать");
    static final LocalizedText FOLLOW = LocalizedText.of("Follow", "Соблюдайте");
    static final LocalizedText ALSO = LocalizedText.of("Also applying", "Также действуют");
    static final LocalizedText NO_DEADLINES = LocalizedText.of("No clocks apply.", "Сроки не установлены.");
    /** Working and business days as the calendar days they span at least (five to a week), to compare clocks honestly. */
    static final LocalizedText CALENDAR_DAYS = LocalizedText.of("at least %d calendar days", "не меньше %d календарных дн.");
    static final LocalizedText ABOUT = LocalizedText.of("About this report", "Об этом отчёте");
    static final LocalizedText RULEBASE = LocalizedText.of("Rulebase version", "Версия правил");
    static final LocalizedText TEXTS = LocalizedText.of("Texts version", "Версия текстов");
    static final LocalizedText QUESTIONNAIRE = LocalizedText.of("Questionnaire", "Анкета");
    static final LocalizedText PAGE = LocalizedText.of("Page %d of %d", "Стр. %d из %d");
    static final LocalizedText UNANSWERED = LocalizedText.of("not answered", "нет ответа");

    private static final Map<String, LocalizedText> BANDS = Map.of(
            "red", LocalizedText.of("red: serious gaps", "красная зона: серьёзные пробелы"),
            "amber", LocalizedText.of("amber: gaps to close", "жёлтая зона: есть что исправить"),
            "green", LocalizedText.of("green: in good shape", "зелёная зона: в целом в порядке"),
            "not-assessed", NOT_ASSESSED);
    private static final Map<String, LocalizedText> SEVERITIES = Map.of(
            "critical", LocalizedText.of("critical", "критическая"),
            "high", LocalizedText.of("high", "высокая"),
            "medium", LocalizedText.of("medium", "средняя"),
            "low", LocalizedText.of("low", "низкая"));
    /** Units as "one / many"; Russian uses abbreviations, which need no plural forms. */
    private static final Map<String, LocalizedText[]> UNITS = Map.of(
            "hours", units("hour", "hours", "ч"),
            "days", units("day", "days", "дн."),
            "business-days", units("business day", "business days", "рабочих дн."),
            "working-days", units("working day", "working days", "рабочих дн."),
            "months", units("month", "months", "мес."));

    private ReportLabels() {
    }

    static String band(String code, Language language) {
        LocalizedText text = BANDS.get(code);
        return text == null ? code : text.in(language);
    }

    static String severity(String code, Language language) {
        LocalizedText text = SEVERITIES.get(code);
        return text == null ? code : text.in(language);
    }

    /** ", at least 14 calendar days" after "10 working days"; nothing after calendar units. */
    static String calendarEquivalent(String code, double amount, Language language) {
        if (!code.equals("working-days") && !code.equals("business-days")) {
            return "";
        }
        return ", " + CALENDAR_DAYS.in(language).formatted(Math.round(Math.floor(amount * 7 / 5)));
    }

    static String unit(String code, double amount, Language language) {
        LocalizedText[] forms = UNITS.get(code);
        if (forms == null) {
            return code;
        }
        return (amount == 1 ? forms[0] : forms[1]).in(language);
    }

    private static LocalizedText[] units(String one, String many, String ru) {
        return new LocalizedText[] {LocalizedText.of(one, ru), LocalizedText.of(many, ru)};
    }
}
