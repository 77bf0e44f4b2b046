# Multi-stage build. The database kind is fixed at build time:
#   docker build -t attest .                                        (embedded H2 under /deployments/data)
#   docker build --build-arg DB_KIND=postgresql -t attest-pg .       (PostgreSQL; set QUARKUS_DATASOURCE_*)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY src src
ARG DB_KIND=h2
RUN ./mvnw -B -q package -DskipTests -DskipITs -Dquarkus.datasource.db-kind=${DB_KIND}

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /deployments attest
WORKDIR /deployments
COPY --from=build --chown=10001 /src/target/quarkus-app/ /deployments/
# Rules and questionnaires live outside the jar: mount over these folders to replace them.
COPY --chown=10001 rules /deployments/rules
COPY --chown=10001 questionnaires /deployments/questionnaires
COPY --chown=10001 src/main/jvm/attest.jvm.options /deployments/attest.jvm.options
RUN mkdir -p /deployments/data && chown 10001 /deployments/data
USER 10001
EXPOSE 8080
VOLUME ["/deployments/data"]
ENV ATTEST_RULES_DIR=/deployments/rules \
    ATTEST_QUESTIONNAIRES_DIR=/deployments/questionnaires \
    JAVA_OPTS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["sh", "-c", "exec java @/deployments/attest.jvm.options $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
