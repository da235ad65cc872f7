package vn.dossierledger.reference.organisation;

/**
 * Administrative level of an agency. Since 01/7/2025 local government has two levels,
 * province and commune; there is no district level any more (DOMAIN §0).
 */
public enum AgencyLevel {

	/** Ministry or a national department under it (bộ, cục). */
	MINISTRY,
	/** Province-level agency or service provider (sở, trung tâm, công an tỉnh). */
	PROVINCE,
	/** Commune or ward (xã, phường). */
	COMMUNE

}
