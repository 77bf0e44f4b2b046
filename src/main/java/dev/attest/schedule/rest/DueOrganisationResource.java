package dev.attest.schedule.rest;


import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.attest.platform.paging.PagedList;
import dev.attest.platform.paging.Paging;
import dev.attest.platform.problem.Problem;
import dev.attest.schedule.mapping.ScheduleMapper;
import dev.attest.schedule.service.ScheduleService;

/** The workspace's organisations that are due for re-assessment. */
@Path("/api/v1/reassessments/due")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule", description = "Re-assessment on each organisation's cadence: what is due, what drifted, pausing")
@SecurityRequirement(name = "workspaceKey")
public class DueOrganisationResource {

    @Inject
    ScheduleService schedule;

    @Inject
    ScheduleMapper mapper;

    @GET
    @Operation(summary = "List organisations due for re-assessment", description = "Overdue ones and those due within "
            + "`within` days, soonest first. Paused schedules are left out.")
    @APIResponse(responseCode = "200", description = "One page of due organisations", content = @Content(
            schema = @Schema(implementation = SchedulePage.Due.class), examples = @ExampleObject(name = "one overdue", value = ScheduleExamples.DUE)))
    @APIResponse(responseCode = "400", description = "A bad `within`, page or size, named", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PagedList<DueOrganisationView> due(
            @Parameter(description = "Days ahead, 0 to 366", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "30")) @QueryParam("within") String within,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        return schedule.due(Days.parse(within), Paging.parse(page, size)).map(mapper::due);
    }
}
