package vn.dossierledger.events.query.status;

/**
 * What happens next on a dossier, in plain words for the citizen.
 *
 * @param code stable code, e.g. {@code AWAITING_PAYMENT}
 * @param vietnamese e.g. "Chờ nộp phí"
 * @param english e.g. "awaiting payment"
 */
public record NextAction(String code, String vietnamese, String english) {
}
