package vn.dossierledger.app.role;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The command side, scanned only in a process that handles commands: the Dossier
 * aggregate, command REST, the statutory deadlines, the {@code unique-claims} subscribing
 * processor, signatures, and the ledger's verification and case replay (they read the
 * event store, not a read model). Its reference data is shared with the read side
 * ({@link SharedReferenceDataConfiguration}); scanning it twice registers it once.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = ProcessRoles.COMMANDS, havingValue = "true", matchIfMissing = true)
@ComponentScan("vn.dossierledger.command")
class CommandsRoleConfiguration {

}
