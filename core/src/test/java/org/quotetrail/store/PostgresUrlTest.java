package org.quotetrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PostgresUrlTest {
  @Test
  void readsEveryPart() {
    PostgresUrl url = PostgresUrl.parse("postgresql://ann:s3cret@db.example:5433/news?sslmode=require&currentSchema=qt");
    assertEquals("ann", url.user());
    assertEquals("s3cret", url.password());
    assertEquals("db.example:5433", url.hosts());
    assertEquals("news", url.database());
    assertEquals(Map.of("sslmode", "require", "currentSchema", "qt"), url.parameters());
    assertEquals("jdbc:postgresql://db.example:5433/news", url.jdbcUrl());
    assertEquals("qt", url.schema());
  }

  @Test
  void userPasswordAndHostMayBeLeftOut() {
    PostgresUrl url = PostgresUrl.parse("postgres:///news");
    assertNull(url.user());
    assertNull(url.password());
    assertEquals("localhost", url.hosts());
    assertEquals("postgres://localhost/news", url.toString());
    assertTrue(url.properties().isEmpty());
    assertNull(url.schema());
  }

  @Test
  void partsArePercentDecodedAndPlusIsAPlus() {
    PostgresUrl url = PostgresUrl.parse("postgresql://ann%40desk:p%40ss+w%3Ard@h/caf%C3%A9");
    assertEquals("ann@desk", url.user());
    assertEquals("p@ss+w:rd", url.password());
    assertEquals("café", url.database());
    assertEquals("jdbc:postgresql://h/caf%C3%A9", url.jdbcUrl());
  }

  @Test
  void passwordMayHoldAnAtSign() {
    PostgresUrl url = PostgresUrl.parse("postgresql://ann:a@b@h:1/db");
    assertEquals("a@b", url.password());
    assertEquals("h:1", url.hosts());
  }

  @Test
  void severalHostsArePassedOn() {
    assertEquals("jdbc:postgresql://a:5432,b:5433/db", PostgresUrl.parse("postgresql://a:5432,b:5433/db").jdbcUrl());
  }

  @Test
  void userAndPasswordBecomeDriverProperties() {
    Properties properties = PostgresUrl.parse("postgresql://ann:pw@h/db?ssl=true").properties();
    assertEquals("ann", properties.getProperty("user"));
    assertEquals("pw", properties.getProperty("password"));
    assertEquals("true", properties.getProperty("ssl"));
  }

  @Test
  void shownWithoutPasswordOrParameters() {
    PostgresUrl url = PostgresUrl.parse("postgresql://ann:s3cret@h:5432/db?password=other");
    assertEquals("postgresql://ann@h:5432/db", url.toString());
    assertFalse(url.toString().contains("s3cret"));
    assertEquals("no *** here", url.withoutPassword("no s3cret here"));
  }

  @Test
  void theFirstOfSeveralSchemasHoldsTheTables() {
    assertEquals("qt", PostgresUrl.parse("postgresql://h/db?currentSchema=qt,public").schema());
  }

  @Test
  void aMissingDatabaseIsNamedWithoutThePassword() {
    StoreException e = assertThrows(StoreException.class, () -> PostgresUrl.parse("postgresql://ann:s3cret@h:5432"));
    assertEquals(
        "cannot open store postgresql://ann@h:5432/: no database name (postgresql://user@host:port/database)",
        e.getMessage());
  }

  @Test
  void aBadEscapeInThePasswordIsNotEchoed() {
    StoreException e = assertThrows(StoreException.class, () -> PostgresUrl.parse("postgresql://ann:s3%zz@h/db"));
    assertEquals("cannot open store postgresql://ann@h/db: bad %-escape in the URL", e.getMessage());
  }

  @Test
  void aParameterWithoutValueIsRefused() {
    StoreException e = assertThrows(StoreException.class, () -> PostgresUrl.parse("postgresql://h/db?sslmode"));
    assertEquals("cannot open store postgresql://h/db: parameter without a value in the URL", e.getMessage());
  }

  @Test
  void recognisesBothSchemesInAnyCase() {
    assertTrue(PostgresUrl.isPostgres("PostgreSQL://h/db"));
    assertTrue(PostgresUrl.isPostgres("postgres://h/db"));
    assertFalse(PostgresUrl.isPostgres("postgresql.db"));
    assertFalse(PostgresUrl.isPostgres("mysql://h/db"));
  }
}
