package vn.dossierledger.reference.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The published procedures and all their versions. Read-only reference data: a new
 * catalogue is a new data file with a new {@link #catalogueVersion()}.
 */
public interface ProcedureCatalogue {

	/** The version of the procedure in force on the given date, if any. */
	Optional<Procedure> inForce(String procedureCode, LocalDate date);

	/** A specific version, e.g. the one a dossier was received under. */
	Optional<Procedure> version(String procedureCode, String version);

	/**
	 * The version in force on the given date of every procedure that has one, by code.
	 */
	List<Procedure> currentProcedures(LocalDate date);

	/** The version of the data file, recorded with the dossier for audit. */
	String catalogueVersion();

}
