package vn.dossierledger.projection.admin;

import java.util.List;

/**
 * One parked sequence of a processing group: the first letter failed, the ones behind it
 * wait so the dossier's events stay in order.
 *
 * @param sequenceIdentifier what the group sequences by (the aggregate, i.e. dossier id)
 */
public record DeadLetterSequence(String processingGroup, String sequenceIdentifier, List<DeadLetterView> letters) {

}
