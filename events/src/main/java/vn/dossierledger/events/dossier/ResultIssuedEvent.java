package vn.dossierledger.events.dossier;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Ban hành kết quả: the clerk numbered and issued the result; the dossier is resolved
 * (status 9).
 */
@Revision("1")
public record ResultIssuedEvent(String dossierId, String resultDocumentCode, String issueNumber,
		String resultDocumentSha256, boolean electronic, Actor actor, Instant occurredAt) implements DossierEvent {

}
