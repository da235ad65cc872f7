package vn.dossierledger.app.role;

/**
 * The two roles one jar can play. Both are on by default (the embedded single process);
 * the {@code commands} and {@code projections} profiles switch one off, so that command
 * handling and the read models scale as separate processes on one event store.
 */
public final class ProcessRoles {

	/**
	 * The Dossier aggregate, command REST, deadlines, unique claims, signatures, demo
	 * seeding.
	 */
	public static final String COMMANDS = "dossier-ledger.role.commands";

	/**
	 * Read-model processors, query handlers, query REST, SSE, the red-flag mirror,
	 * read-model admin.
	 */
	public static final String PROJECTIONS = "dossier-ledger.role.projections";

	private ProcessRoles() {
	}

}
