package vn.dossierledger.app;

/** What each area of {@link EventStoreContract} is given: the application under test. */
interface EventStoreContractSupport {

	/** The application on the store under test, started once for the suite. */
	LedgerApplication application();

}
