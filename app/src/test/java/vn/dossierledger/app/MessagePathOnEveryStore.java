package vn.dossierledger.app;

/** Part of {@link EventStoreContract}. */
interface MessagePathOnEveryStore extends EventStoreContractSupport {

}
