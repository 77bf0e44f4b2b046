package dev.attest.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.attest.draft.service.DraftService;
import dev.attest.web.config.WebConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;

/** {@code POST /d/{token}/email}: the address is checked, kept, and sent the absolute resume link. */
@QuarkusTest
class ResumeLinkMailTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    DraftService drafts;

    @Inject
    WebConfig config;

    @BeforeEach
    void emptyMailbox() {
        mailbox.clear();
    }

    @Test
    void shouldStoreTheAddressAndMailThePrivateLink() {
        FormSession session = FormSession.start();
        String confirmation = session.form().formParam("email", " owner@shoe-shop.example ")
                .formParam("section", "organisation").post("/d/" + session.token() + "/email")
                .then().statusCode(303).extract().header("Location");
        assertThat(drafts.find(session.token()).orElseThrow().email).isEqualTo("owner@shoe-shop.example");

        List<Mail> sent = mailbox.getMailsSentTo("owner@shoe-shop.example");
        assertThat(sent).hasSize(1);
        Mail mail = sent.get(0);
        String link = config.baseUrl() + "/d/" + session.token() + "/s/organisation";
        assertThat(mail.getSubject()).isEqualTo("Your link to continue the privacy self-assessment");
        assertThat(mail.getText()).contains(link, "do not forward it", "Once a year we will send a reminder");
        assertThat(mail.getHtml()).contains("href=\"" + link + "\"", "lang=\"en\"");

        io.restassured.RestAssured.given().get(confirmation).then().statusCode(200)
                .body(containsString("We sent the link to owner@shoe-shop.example."));
    }

    @Test
    void shouldWriteTheMailInRussianWhenThePageIsRussian() {
        FormSession session = FormSession.start();
        session.form().queryParam("lang", "ru").formParam("email", "vladelec@magazin.example")
                .formParam("section", "organisation").post("/d/" + session.token() + "/email")
                .then().statusCode(303);
        Mail mail = mailbox.getMailsSentTo("vladelec@magazin.example").get(0);
        assertThat(mail.getSubject()).isEqualTo("Ваша ссылка, чтобы продолжить самопроверку");
        assertThat(mail.getText()).contains("/d/" + session.token() + "/s/organisation", "не пересылайте",
                "Раз в год");
        assertThat(mail.getHtml()).contains("lang=\"ru\"");
    }

    @Test
    void shouldNotAcceptAnInvalidAddressAndShowItAgainWithTheError() {
        FormSession session = FormSession.start();
        session.form().formParam("email", "owner at shop").formParam("section", "organisation")
                .post("/d/" + session.token() + "/email")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("value=\"owner at shop\""), containsString("id=\"email-error\""),
                        containsString("Enter an e-mail address like name@example.com."),
                        containsString("aria-describedby=\"email-help email-error\""));
        assertThat(drafts.find(session.token()).orElseThrow().email).isNull();
        assertThat(mailbox.getTotalMessagesSent()).isZero();
    }
}
