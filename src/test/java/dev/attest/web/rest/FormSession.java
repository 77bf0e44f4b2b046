package dev.attest.web.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A draft started through the form as a browser would: its resume token and the CSRF cookie and form field. */
record FormSession(String token, String csrfCookie, String csrf) {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    static FormSession start() {
        Response home = given().get("/");
        String cookie = home.getCookie("csrf-token");
        String csrf = csrfField(home.asString());
        Response created = given().redirects().follow(false).cookie("csrf-token", cookie)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf).post("/drafts");
        created.then().statusCode(303);
        Matcher m = Pattern.compile("/d/([A-Za-z0-9_-]+)/s/").matcher(created.getHeader("Location"));
        assertThat(m.find()).isTrue();
        return new FormSession(m.group(1), cookie, csrf);
    }

    static String csrfField(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("CSRF field in form").isTrue();
        return m.group(1);
    }

    /** A form post carrying the CSRF cookie and field, not following redirects. */
    RequestSpecification form() {
        return given().redirects().follow(false).cookie("csrf-token", csrfCookie)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf);
    }

    String step(String section) {
        return "/d/" + token + "/s/" + section;
    }
}
