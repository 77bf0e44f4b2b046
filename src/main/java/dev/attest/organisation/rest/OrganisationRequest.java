package dev.attest.organisation.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.attest.platform.validation.IsoCountry;

/** An organisation as created or replaced (PUT): every field is sent; missing optional ones take their defaults. */
@Schema(name = "OrganisationRequest")
public record OrganisationRequest(
        @Schema(required = true, maxLength = 200, examples = "Kleine Schuhe GmbH")
        @NotBlank(message = "required") @Size(max = 200, message = "at most 200 characters") String name,
        @Schema(required = true, description = "ISO 3166-1 alpha-2 code, upper case", examples = "DE")
        @NotNull(message = "required") @IsoCountry String country,
        @Schema(description = "Free text, e.g. retail, health, software", maxLength = 100, examples = "retail")
        @Size(max = 100, message = "at most 100 characters") String sector,
        @Schema(description = "Months between assessments, 1 to 36; 12 when absent", examples = "12")
        @Min(value = 1, message = "from 1 to 36 months") @Max(value = 36, message = "from 1 to 36 months") Integer reassessmentMonths,
        @Schema(description = "At most 20 contacts; none when absent")
        @Size(max = 20, message = "at most 20 contacts") List<@NotNull(message = "required") @Valid ContactRequest> contacts) {

    /** One person to talk to at the organisation. */
    @Schema(name = "Contact")
    public record ContactRequest(
            @Schema(required = true, maxLength = 200, examples = "Anna Becker")
            @NotBlank(message = "required") @Size(max = 200, message = "at most 200 characters") String name,
            @Schema(required = true, maxLength = 320, examples = "anna.becker@example.de")
            @NotBlank(message = "required") @Email(message = "not an e-mail address")
            @Size(max = 320, message = "at most 320 characters") String email,
            @Schema(maxLength = 100, examples = "Data protection officer")
            @Size(max = 100, message = "at most 100 characters") String role) {
    }
}
