package dev.attest.schedule.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The re-assessment schedule: when the job runs and how hard it may work. */
@ConfigMapping(prefix = "attest.schedule")
public interface ScheduleConfig {

    /**
     * Quartz cron expression of the daily run (seconds first); {@code off} disables the job, leaving the admin
     * endpoint to start runs.
     */
    @WithDefault("0 15 3 * * ?")
    String cron();

    /** Organisations re-assessed between two progress records of a run. */
    @WithDefault("200")
    int batchSize();

    /**
     * Threads re-assessing at once. Each holds one database connection and one transaction per organisation, so
     * a run never takes more than this many from the pool serving interactive requests.
     */
    @WithDefault("2")
    int workers();

    /** Days before a due date on which reminders go out. */
    @WithDefault("30,7,1")
    List<Integer> reminderDays();

    /** This instance's name in run records; the host name when not set. */
    Optional<String> instance();
}
