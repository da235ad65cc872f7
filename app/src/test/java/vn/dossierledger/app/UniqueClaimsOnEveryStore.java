package vn.dossierledger.app;

/** Part of {@link EventStoreContract}. */
interface UniqueClaimsOnEveryStore extends EventStoreContractSupport {

}
