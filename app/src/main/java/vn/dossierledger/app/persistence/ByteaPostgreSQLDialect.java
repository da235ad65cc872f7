package vn.dossierledger.app.persistence;

import java.sql.Types;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;
import org.hibernate.type.descriptor.jdbc.spi.JdbcTypeRegistry;

/**
 * Axon maps payloads, metadata and tokens as {@code @Lob byte[]}; Hibernate's PostgreSQL
 * dialect turns that into large objects ({@code oid}) that are never vacuumed. This
 * dialect stores them as {@code bytea} instead, matching the Flyway DDL. (Still needed:
 * Axon 4.13's entries keep {@code @Lob byte[]} and Hibernate 7 still maps it to
 * {@code oid}.)
 */
public class ByteaPostgreSQLDialect extends PostgreSQLDialect {

	@Override
	protected String columnType(int sqlTypeCode) {
		return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.columnType(sqlTypeCode);
	}

	@Override
	protected String castType(int sqlTypeCode) {
		return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.castType(sqlTypeCode);
	}

	@Override
	public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
		super.contributeTypes(typeContributions, serviceRegistry);
		JdbcTypeRegistry registry = typeContributions.getTypeConfiguration().getJdbcTypeRegistry();
		registry.addDescriptor(Types.BLOB, BinaryJdbcType.INSTANCE);
	}

}
