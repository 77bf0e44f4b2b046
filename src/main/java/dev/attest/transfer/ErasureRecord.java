package dev.attest.transfer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * That something was erased, without what was erased: the subject's former id (not personal data), when, with which
 * key, and how many rows of each kind were deleted.
 */
@Entity
@Table(name = "erasure_record")
public class ErasureRecord extends PanacheEntityBase {

    public static final String ORGANISATION = "organisation";

    @Id
    @Column(name = "id", nullable = false, length = 36)
    public String id;

    @Column(name = "workspace_id", nullable = false, length = 36)
    public String workspaceId;

    @Column(name = "subject_type", nullable = false, length = 32)
    public String subjectType;

    @Column(name = "subject_id", nullable = false, length = 36)
    public String subjectId;

    @Column(name = "erased_at", nullable = false)
    public Instant erasedAt;

    /** The public prefix of the key that asked ({@code atk_<public id>}); null if no key did. */
    @Column(name = "erased_by_key_prefix", length = 40)
    public String erasedByKeyPrefix;

    /** Rows deleted per table, as a JSON object. */
    @Column(name = "deleted_rows", nullable = false)
    public String deletedRows;
}
