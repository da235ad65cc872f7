package vn.dossierledger.app;

/** Part of {@link EventStoreContract}. */
interface LedgerProofsOnEveryStore extends EventStoreContractSupport {

}
