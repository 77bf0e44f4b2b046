package dev.attest.schedule.rest;


import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.attest.organisation.mapping.OrganisationMapper;
import dev.attest.organisation.rest.ScheduleView;
import dev.attest.platform.problem.Problem;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.schedule.service.ScheduleService;

/** An organisation's place in the schedule, and pausing it. */
@Path("/api/v1/organisations/{id}/schedule")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule")
@SecurityRequirement(name = "workspaceKey")
public class OrganisationScheduleResource {

    @Inject
    ScheduleService schedule;

    @Inject
    OrganisationMapper organisations;

    @GET
    @Operation(summary = "Get an organisation's schedule", description = "Its last assessment's date, its next due date and whether it is paused.")
    @APIResponse(responseCode = "200", description = "The schedule", content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "404", description = OrganisationReassessmentResource.NOT_FOUND, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScheduleView get(@Parameter(description = "Organisation id") @PathParam("id") String id) {
        return schedule.organisation(id).map(organisations::schedule)
                .orElseThrow(() -> new ResourceNotFoundException("organisation", id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pause or resume an organisation's schedule", description = "A paused schedule neither "
            + "re-assesses nor reminds; its due date keeps counting, so resuming an overdue one re-assesses it at the next run.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScheduleRequest.class),
            examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "pause", value = "{\"paused\": true}")))
    @APIResponse(responseCode = "200", description = "The schedule as it now stands", content = @Content(
            schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "400", description = "`paused` missing or not a boolean", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = OrganisationReassessmentResource.NOT_FOUND, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScheduleView pause(@Parameter(description = "Organisation id") @PathParam("id") String id, ScheduleRequest request) {
        return schedule.pause(id, request).map(organisations::schedule)
                .orElseThrow(() -> new ResourceNotFoundException("organisation", id));
    }
}
