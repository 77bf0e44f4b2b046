package dev.attest.schedule.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.attest.schedule.service.ReassessmentRunner;
import dev.attest.schedule.service.RunSummary;
import dev.attest.schedule.service.ScheduleService;

@Path("/api/v1/admin/reassessments/runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@SecurityRequirement(name = "adminKey")
public class AdminReassessmentResource {

    private static final int RECENT_RUNS = 50;

    @Inject
    ReassessmentRunner runner;

    @Inject
    ScheduleService schedule;

    @Inject
    java.time.Clock clock;

    @POST
    @Operation(summary = "Run the re-assessment job now", description = "Re-assesses every organisation of every "
            + "workspace that is due today, as the daily run does, and answers when it is done. Safe to call while "
            + "the scheduled run (or another instance) works: each due period is re-assessed once.")
    @APIResponse(responseCode = "200", description = "The run, finished", content = @Content(
            schema = @Schema(implementation = RunSummary.class), examples = @ExampleObject(name = "run", value = ScheduleExamples.RUN)))
    public RunSummary run() {
        return runner.run(LocalDate.now(clock));
    }

    @GET
    @Operation(summary = "List recent runs of the re-assessment job", description = "The newest " + RECENT_RUNS
            + " runs; a run still `running` that no instance is working on was cut short, and the next run completes it.")
    @APIResponse(responseCode = "200", description = "Runs, newest first", content = @Content(
            schema = @Schema(implementation = RunSummary.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<RunSummary> runs() {
        return schedule.runs(RECENT_RUNS);
    }
}
