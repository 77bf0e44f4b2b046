package dev.attest.schedule;

import java.util.Map;

import dev.attest.support.RulesCopyProfile;

/** A year on from the assessments the tests store, with a copy of the rules the tests may change in between. */
public class ScheduleTestProfile extends RulesCopyProfile {

    /** The clock's today. */
    public static final String TODAY = "2027-11-29";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("attest.rules.dir", RULES_COPY.toString(), "attest.clock.fixed", TODAY + "T06:00:00Z");
    }
}
