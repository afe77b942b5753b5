/**
 * The portal of the secretariat of the Government Steering Committee for Administrative Reform: the application
 * class and the Spring Modulith modules beneath it.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal;
