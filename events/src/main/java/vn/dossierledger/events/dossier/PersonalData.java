package vn.dossierledger.events.dossier;

import java.time.LocalDate;

/**
 * Personal data of one data subject, kept in this one value type so that it can be
 * encrypted per subject (and crypto-shredded on lawful erasure) without touching any
 * other field of an event.
 */
public record PersonalData(String fullName, String idNumber, LocalDate dateOfBirth, String address, String phone,
		String email) {

}
