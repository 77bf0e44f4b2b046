package dev.attest.workspace;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One consultancy, or one company assessing itself: the owner of API keys and stored assessments. */
@Entity
@Table(name = "workspace")
public class Workspace extends PanacheEntityBase {

    /**
     * The built-in workspace of the web form, created by the migration: its assessments, and those stored before
     * workspaces existed, belong here.
     */
    public static final String SELF_SERVICE_ID = "00000000-0000-0000-0000-000000000001";

    @Id
    @Column(name = "id", nullable = false, length = 36)
    public String id;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
