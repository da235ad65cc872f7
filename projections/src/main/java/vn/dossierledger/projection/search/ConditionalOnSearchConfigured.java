package vn.dossierledger.projection.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Present only when the deployment has an Elasticsearch: an external cluster by URL, or
 * the embedded server. Without either (a deliberate choice), read models that live only
 * in the search index are not registered at all, rather than retrying forever; registered
 * later, their processor starts from the first event, so nothing is lost.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnExpression("'${dossier-ledger.elasticsearch.url:}' != '' or ${dossier-ledger.elasticsearch.embedded.enabled:true}")
public @interface ConditionalOnSearchConfigured {

}
