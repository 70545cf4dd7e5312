/**
 * What the rooms of {@code cchc-rules} share and none owns: the rendering of finding messages from
 * the bundles and the facts they are filled with. Not exported; nothing here is API.
 */
package io.github.cchc.rules.internal;
