package dev.attest.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Clones one organisation and one of its assessments, stored through the API, into many organisations due on a
 * date, in a few bulk statements on PostgreSQL. Storing 100,000 assessments through the API would evaluate the
 * rules 100,000 times before the run being measured even starts; a clone is what the API would have stored.
 *
 * <p>Column lists are read from the database, so a column a later migration adds is copied too.
 */
public final class DueOrganisationSeeder {

    private final String jdbcUrl;

    public DueOrganisationSeeder(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * Seeds {@code count} organisations named {@code <prefix> <n>}, each with a copy of {@code assessmentId} as its
     * only assessment, last assessed on that assessment's evaluation date and due on {@code dueOn}.
     */
    public void seed(String organisationId, String assessmentId, String prefix, int count, LocalDate dueOn) {
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                statement.execute("create temporary table seed on commit drop as select gen_random_uuid()::text as organisation_id, "
                        + "gen_random_uuid()::text as assessment_id, n from generate_series(1, " + count + ") n");
            }
            String evaluatedOn = "(select evaluation_date from assessment where id = '" + assessmentId + "')";
            execute(db, "organisation", "o", "organisation o, seed s where o.id = ?", organisationId, Map.of(
                    "id", "s.organisation_id",
                    "name", "'" + prefix.replace("'", "''") + " ' || s.n",
                    "last_assessed_on", evaluatedOn,
                    "next_due_on", "date '" + dueOn + "'",
                    "schedule_paused", "false"));
            execute(db, "assessment", "a", "assessment a, seed s where a.id = ?", assessmentId, Map.of(
                    "id", "s.assessment_id",
                    "organisation_id", "s.organisation_id",
                    "previous_assessment_id", "null"));
            execute(db, "assessment_framework", "f", "assessment_framework f, seed s where f.assessment_id = ?", assessmentId,
                    Map.of("assessment_id", "s.assessment_id"));
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seed " + count + " due organisations", e);
        }
    }

    /** Runs a query whose one column is a number, e.g. a count. */
    public long number(String sql, Object... parameters) {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    /** Runs a query and gives each row's first column as text. */
    public List<String> texts(String sql, Object... parameters) {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<String> texts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    texts.add(rows.getString(1));
                }
            }
            return texts;
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    public void update(String sql, Object... parameters) {
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Statement failed: " + sql, e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "");
    }

    /** insert into table (every column) select (the template's value, or its replacement) from ... */
    private static void execute(Connection db, String table, String alias, String from, String templateId,
            Map<String, String> replacements) throws SQLException {
        List<String> columns = columns(db, table);
        String values = columns.stream().map(column -> replacements.getOrDefault(column, alias + "." + column))
                .collect(Collectors.joining(", "));
        try (PreparedStatement insert = db.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
                + ") select " + values + " from " + from)) {
            insert.setString(1, templateId);
            insert.executeUpdate();
        }
    }

    private static List<String> columns(Connection db, String table) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select column_name from information_schema.columns "
                + "where table_schema = current_schema() and table_name = ? order by ordinal_position")) {
            query.setString(1, table);
            List<String> columns = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
            return columns;
        }
    }
}
