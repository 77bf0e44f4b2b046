package dev.attest.rules;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The files of a rulebase version that produced a stored result, as JSON. */
@Entity
@Table(name = "rulebase_archive")
public class ArchivedRulebase extends PanacheEntityBase {

    @Id
    @Column(name = "version", nullable = false, length = 80)
    public String version;

    @Column(name = "texts_version", nullable = false, length = 80)
    public String textsVersion;

    @Column(name = "files", nullable = false)
    public String files;

    @Column(name = "archived_at", nullable = false)
    public Instant archivedAt;
}
