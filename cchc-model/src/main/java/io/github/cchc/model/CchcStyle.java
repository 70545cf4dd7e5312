package io.github.cchc.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the cchc project (kiểu sinh mã): generated classes stay
 * package-private behind the abstract types, and a missing or malformed attribute throws
 * {@link MalformedValueException}. Public only so that cchc's other modules share it; it is not
 * meant for users' own types.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jakarta = true,
    depluralize = true,
    depluralizeDictionary = {"party:parties", "criterion:criteria", "agency:agencies", "child:children"},
    throwForInvalidImmutableState = MalformedValueException.class,
    throwForNullPointer = NullPointerException.class,
    defaults = @Value.Immutable(copy = true),
    // Only @Override: no @Generated from the processor's jar, whose class file consumers lack, which
    // would fail their javac -Xlint:all -Werror with "Cannot find annotation method'from()'".
    allowedClasspathAnnotations = {Override.class})
public @interface CchcStyle {}
